package vn.dangbo.baocao.contribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.Unit;
import vn.dangbo.baocao.report.Report;
import vn.dangbo.baocao.report.ReportAccess;

/**
 * "Lấy nội dung kỳ trước": proposes, for the empty items of a unit's part, what the same unit wrote in its
 * accepted part of the previous report of the same template. Computed and cumulative (lũy kế) figures are
 * not carried: they come out computed. Items already written are never touched.
 */
@Service
public class CarryForward {

    private final ReportAccess access;
    private final ContributionService contributions;
    private final SectionRepository sections;
    private final PreviousReports previous;
    private final ProposalApplier applier;

    CarryForward(
            ReportAccess access,
            ContributionService contributions,
            SectionRepository sections,
            PreviousReports previous,
            ProposalApplier applier) {
        this.access = access;
        this.contributions = contributions;
        this.sections = sections;
        this.previous = previous;
        this.applier = applier;
    }

    @Transactional(readOnly = true)
    public Proposals.Preview preview(Actor actor, long reportId, String unitCode) {
        String code = unitCode == null || unitCode.isBlank() ? actor.unit().code() : unitCode;
        Report report = access.visible(actor, reportId);
        List<SectionView> current = contributions.unitSections(actor, reportId, code);
        if (current.isEmpty()) {
            throw AppException.invalid("error.import.noSections");
        }
        Unit unit = contributions.partOwner(actor, reportId, current.get(0).code(), code, true);
        PreviousReports.Previous earlier =
                previous.lastAccepted(report, unit.id()).orElseThrow(() -> AppException.notFound("error.carry.none"));
        Map<String, SectionContent> before = sections.currentOfReport(earlier.id()).stream()
                .filter(c -> c.unitId() == unit.id())
                .collect(Collectors.toMap(SectionContent::sectionCode, c -> c));
        List<Proposals.SectionProposal> proposals = new ArrayList<>();
        for (SectionView section : current) {
            SectionContent old = before.get(section.code());
            if (old == null) {
                continue;
            }
            List<Proposals.ItemProposal> items = new ArrayList<>();
            for (SectionView.ItemView item : section.items()) {
                if (filled(item)) {
                    continue;
                }
                Optional<SectionItem> was = old.item(item.code());
                was.ifPresent(w -> {
                    // stocks only (the template's `carry: true`), in the template's order
                    Map<String, String> values = new LinkedHashMap<>();
                    item.indicatorDefinitions().stream()
                            .filter(d -> !d.computed() && d.carry())
                            .forEach(d -> {
                                String v = w.indicators().get(d.key());
                                if (v != null && !v.isBlank()) {
                                    values.put(d.key(), v);
                                }
                            });
                    if (!w.text().isBlank() || !values.isEmpty()) {
                        items.add(new Proposals.ItemProposal(
                                item.code(), item.heading(), item.text(), w.text(), false, values));
                    }
                });
            }
            if (!items.isEmpty()) {
                proposals.add(
                        new Proposals.SectionProposal(section.code(), section.heading(), section.version(), items));
            }
        }
        return new Proposals.Preview(code, earlier.title(), proposals);
    }

    public Map<String, Integer> apply(
            Actor actor, long reportId, String unitCode, List<Proposals.SectionChange> changes) {
        return applier.apply(actor, reportId, unitCode, changes, true);
    }

    private static boolean filled(SectionView.ItemView item) {
        Set<String> typed = item.indicatorDefinitions().stream()
                .filter(d -> !d.computed())
                .map(SectionView.IndicatorView::key)
                .collect(Collectors.toSet());
        return !item.text().isBlank()
                || item.indicators().entrySet().stream()
                        .anyMatch(e -> typed.contains(e.getKey())
                                && e.getValue() != null
                                && !e.getValue().isBlank());
    }
}
