package vn.dangbo.baocao.contribution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.template.IndicatorType;
import vn.dangbo.baocao.template.VietnameseNumbers;

/** Saves confirmed proposals as drafts, all sections or none, keeping what the proposal does not change. */
@Component
class ProposalApplier {

    private final ContributionService contributions;

    ProposalApplier(ContributionService contributions) {
        this.contributions = contributions;
    }

    @Transactional
    public Map<String, Integer> apply(
            Actor actor,
            long reportId,
            String unitCode,
            List<Proposals.SectionChange> changes,
            boolean emptyItemsOnly) {
        if (changes == null || changes.isEmpty()) {
            throw AppException.invalid("error.proposal.empty");
        }
        Map<String, Integer> versions = new LinkedHashMap<>();
        for (Proposals.SectionChange change : changes) {
            if (change == null || change.code() == null) {
                throw AppException.invalid("error.proposal.empty");
            }
            SectionView current = contributions.section(actor, reportId, change.code(), unitCode);
            List<SectionItem> merged = merge(current, change, emptyItemsOnly);
            versions.put(
                    change.code(),
                    contributions.save(actor, reportId, change.code(), unitCode, merged, change.version(), true));
        }
        return versions;
    }

    static List<SectionItem> merge(SectionView current, Proposals.SectionChange change, boolean emptyItemsOnly) {
        Map<String, Proposals.ItemChange> byCode = new LinkedHashMap<>();
        for (Proposals.ItemChange item : change.items() == null ? List.<Proposals.ItemChange>of() : change.items()) {
            if (item == null || item.code() == null || byCode.put(item.code(), item) != null) {
                throw AppException.invalid("error.section.duplicateItem", item == null ? "" : item.code());
            }
        }
        List<SectionItem> merged = new ArrayList<>();
        for (SectionView.ItemView view : current.items()) {
            Map<String, SectionView.IndicatorView> typed = view.indicatorDefinitions().stream()
                    .filter(d -> !d.computed())
                    .collect(Collectors.toMap(SectionView.IndicatorView::key, Function.identity()));
            Map<String, String> values = new LinkedHashMap<>();
            view.indicators().forEach((k, v) -> put(values, typed.get(k), v));
            String text = view.text();
            Proposals.ItemChange change1 = byCode.remove(view.code());
            if (change1 != null && emptyItemsOnly && (!text.isBlank() || !values.isEmpty())) {
                throw AppException.conflict(
                        "error.carry.filled", view.heading().isBlank() ? view.code() : view.heading());
            }
            if (change1 != null) {
                if (change1.text() != null) {
                    text = change1.text();
                }
                if (change1.indicators() != null) {
                    change1.indicators().forEach((k, v) -> put(values, typed.get(k), v));
                }
            }
            merged.add(new SectionItem(view.code(), text, values));
        }
        if (!byCode.isEmpty()) {
            throw AppException.invalid(
                    "error.section.unknownItem", byCode.keySet().iterator().next());
        }
        return merged;
    }

    /** Canonical numbers go back in as Vietnamese write them, the form the save reads ("1235.5" → "1.235,5"). */
    private static void put(Map<String, String> values, SectionView.IndicatorView definition, String value) {
        if (definition == null || value == null || value.isBlank()) {
            return;
        }
        String written = value;
        if (IndicatorType.valueOf(definition.type()).numeric()) {
            try {
                written = VietnameseNumbers.format(new BigDecimal(value.strip()));
            } catch (NumberFormatException e) {
                written = value;
            }
        }
        values.put(definition.key(), written);
    }
}
