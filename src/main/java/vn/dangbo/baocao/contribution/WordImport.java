package vn.dangbo.baocao.contribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.identity.Actor;

/**
 * "Nhập từ Word": a unit's part written in Word, distributed over its items by their headings, shown for
 * confirmation; only {@link #apply} saves (as a draft, against the versions the preview was made from).
 */
@Service
public class WordImport {

    private final ContributionService contributions;
    private final ProposalApplier applier;

    WordImport(ContributionService contributions, ProposalApplier applier) {
        this.contributions = contributions;
        this.applier = applier;
    }

    public Proposals.Preview preview(Actor actor, long reportId, String unitCode, String fileName, byte[] bytes) {
        String unit = unitCode == null || unitCode.isBlank() ? actor.unit().code() : unitCode;
        List<SectionView> sections = contributions.unitSections(actor, reportId, unit);
        if (sections.isEmpty()) {
            throw AppException.invalid("error.import.noSections");
        }
        contributions.partOwner(actor, reportId, sections.get(0).code(), unit, true);
        List<String> lines = WordFile.lines(bytes);
        if (lines.isEmpty()) {
            throw AppException.invalid("error.import.noText");
        }
        List<HeadingMatcher.Target> targets = sections.stream()
                .map(s -> new HeadingMatcher.Target(
                        s.code(),
                        s.heading(),
                        s.items().stream()
                                .map(i -> new HeadingMatcher.ItemTarget(i.code(), i.heading()))
                                .toList()))
                .toList();
        Map<HeadingMatcher.Slot, List<String>> matched = HeadingMatcher.match(targets, lines);
        List<Proposals.SectionProposal> proposals = new ArrayList<>();
        for (SectionView section : sections) {
            List<Proposals.ItemProposal> items = new ArrayList<>();
            for (SectionView.ItemView item : section.items()) {
                List<String> itemLines = matched.get(new HeadingMatcher.Slot(section.code(), item.code()));
                if (itemLines != null) {
                    String proposed = String.join("\n", itemLines);
                    items.add(new Proposals.ItemProposal(
                            item.code(),
                            item.heading(),
                            item.text(),
                            proposed,
                            !item.text().isBlank() && !item.text().equals(proposed),
                            Map.of()));
                }
            }
            if (!items.isEmpty()) {
                proposals.add(
                        new Proposals.SectionProposal(section.code(), section.heading(), section.version(), items));
            }
        }
        return new Proposals.Preview(unit, safeName(fileName), proposals);
    }

    public Map<String, Integer> apply(
            Actor actor, long reportId, String unitCode, List<Proposals.SectionChange> changes) {
        return applier.apply(actor, reportId, unitCode, changes, false);
    }

    static String safeName(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"<>|*?:]", "_")
                .strip();
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
