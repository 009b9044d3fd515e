package vn.dangbo.baocao.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Violation;
import vn.dangbo.baocao.contribution.ContributionService;
import vn.dangbo.baocao.contribution.SectionVersions;
import vn.dangbo.baocao.contribution.SectionView;
import vn.dangbo.baocao.contribution.VersionDiff;
import vn.dangbo.baocao.contribution.VersionSummary;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.report.BoardService;
import vn.dangbo.baocao.report.ProgressBoard;
import vn.dangbo.baocao.report.Report;
import vn.dangbo.baocao.report.ReportAccess;
import vn.dangbo.baocao.report.ReportUnit;
import vn.dangbo.baocao.report.Reports;

/**
 * What the office reads when it reviews a unit's submission: the unit's sections, the rules they break, and
 * what changed since the unit's previous submission (the versions current at its last two submissions).
 */
@Service
public class SubmissionReview {

    private final ReportAccess access;
    private final Reports reports;
    private final ContributionService contributions;
    private final SectionVersions versions;
    private final BoardService boards;

    SubmissionReview(
            ReportAccess access,
            Reports reports,
            ContributionService contributions,
            SectionVersions versions,
            BoardService boards) {
        this.access = access;
        this.reports = reports;
        this.contributions = contributions;
        this.versions = versions;
        this.boards = boards;
    }

    /**
     * @param problems by "sectionCode/itemCode": the unit's empty required items and broken rules, in Vietnamese
     * @param changes one diff per section changed since the previous submission; empty on a first submission
     * @param blankFigures by "sectionCode/itemCode": the labels of the typed figures left blank
     */
    public record Package(
            List<SectionView> sections,
            Map<String, List<String>> problems,
            boolean resubmitted,
            List<VersionDiff> changes,
            Map<String, List<String>> blankFigures) {

        public long blankFigureCount() {
            return blankFigures.values().stream().mapToLong(List::size).sum();
        }
    }

    /** The typed (not computed) figures of each item left blank, by "sectionCode/itemCode". */
    static Map<String, List<String>> blankFigures(List<SectionView> sections) {
        Map<String, List<String>> blank = new LinkedHashMap<>();
        for (SectionView section : sections) {
            for (SectionView.ItemView item : section.items()) {
                List<String> labels = item.indicatorDefinitions().stream()
                        .filter(d -> !d.computed())
                        .filter(d -> item.indicators().getOrDefault(d.key(), "").isBlank())
                        .map(SectionView.IndicatorView::label)
                        .toList();
                if (!labels.isEmpty()) {
                    blank.put(section.code() + "/" + item.code(), labels);
                }
            }
        }
        return blank;
    }

    @Transactional(readOnly = true)
    public Package of(Actor actor, long reportId, String unitCode) {
        ProgressBoard board = boards.board(actor, reportId);
        Report report = access.visible(actor, reportId);
        ReportUnit unit = reports.units(reportId).stream()
                .filter(u -> u.unit().code().equals(unitCode))
                .findFirst()
                .orElseThrow(() -> AppException.notFound("error.unit.notFound", unitCode));
        List<SectionView> sections = contributions.unitSections(actor, reportId, unitCode);
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (Violation v : contributions.completeness(report, unit).problems()) {
            String[] parts = v.field().split("/");
            String key = parts.length >= 2 ? parts[0] + "/" + parts[1] : v.field();
            problems.computeIfAbsent(key, k -> new ArrayList<>()).add(v.message());
        }
        List<Instant> submitted = board.submissions().stream()
                .filter(s -> s.unitCode().equals(unitCode))
                .map(ProgressBoard.Submission::at)
                .sorted()
                .toList();
        List<VersionDiff> changes = new ArrayList<>();
        if (submitted.size() >= 2) {
            Instant previous = submitted.get(submitted.size() - 2);
            Instant last = submitted.get(submitted.size() - 1);
            for (SectionView section : sections) {
                List<VersionSummary> all = versions.versions(actor, reportId, section.code(), unitCode);
                Optional<VersionSummary> before = atTime(all, previous);
                Optional<VersionSummary> after = atTime(all, last);
                if (before.isPresent()
                        && after.isPresent()
                        && before.get().version() != after.get().version()) {
                    changes.add(versions.diff(
                            actor,
                            reportId,
                            section.code(),
                            unitCode,
                            before.get().version(),
                            after.get().version()));
                }
            }
        }
        return new Package(sections, problems, submitted.size() >= 2, changes, blankFigures(sections));
    }

    /** The version current at an instant: the last one saved at or before it. */
    static Optional<VersionSummary> atTime(List<VersionSummary> versions, Instant at) {
        return versions.stream().filter(v -> !v.savedAt().isAfter(at)).reduce((a, b) -> b);
    }
}
