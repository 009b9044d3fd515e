package vn.dangbo.baocao.contribution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dangbo.baocao.report.Report;
import vn.dangbo.baocao.report.ReportUnit;
import vn.dangbo.baocao.report.Reports;
import vn.dangbo.baocao.template.Cumulative;
import vn.dangbo.baocao.template.ReportTemplate;
import vn.dangbo.baocao.template.SectionOwner;
import vn.dangbo.baocao.template.TemplateItem;
import vn.dangbo.baocao.template.TemplateSection;

/**
 * The figures of a report's earlier issued reports (same organisation, same template id, any version), for the
 * cumulative (lũy kế) indicators. Loaded once per report in a fixed number of queries.
 */
@Component
public class EarlierFigures {

    private final ReportParts parts;
    private final Reports reports;
    private final SectionRepository sections;

    EarlierFigures(ReportParts parts, Reports reports, SectionRepository sections) {
        this.parts = parts;
        this.reports = reports;
        this.sections = sections;
    }

    /** The earlier figures of a report; no query at all when its template has no cumulative indicator. */
    public Figures of(Report report) {
        ReportTemplate template = parts.template(report);
        boolean cumulative = template.indicators().stream().anyMatch(i -> i.cumulative());
        if (!cumulative) {
            return Figures.NONE;
        }
        LocalDate start = report.period().start();
        List<Report> earlier = reports.issuedOfSameTemplate(report.organisationId(), report.templateId()).stream()
                .filter(r -> r.id() != report.id() && r.period().start().isBefore(start))
                .toList();
        List<Long> ids = earlier.stream().map(Report::id).toList();
        Map<Long, List<ReportUnit>> units = reports.unitsOf(ids);
        Map<String, SectionContent> content = new HashMap<>();
        sections.currentOfReports(ids).forEach(c -> content.put(key(c.reportId(), c.sectionCode(), c.unitId()), c));
        return new Figures(earlier, units, content);
    }

    /** Earlier reports' figures, ready for {@code IndicatorCheck.checkStored}. */
    public static final class Figures {

        static final Figures NONE = new Figures(List.of(), Map.of(), Map.of());

        private final List<Report> earlier;
        private final Map<Long, List<ReportUnit>> units;
        private final Map<String, SectionContent> content;

        private Figures(List<Report> earlier, Map<Long, List<ReportUnit>> units, Map<String, SectionContent> content) {
            this.earlier = earlier;
            this.units = units;
            this.content = content;
        }

        /**
         * For each cumulative indicator of the item, the earlier values of its source key (by the item's owner,
         * its own or its section's): from the same section
         * written by the office (office sections), by the unit bound to the role (role sections) or by the same
         * unit ({@code each} sections; the office's condensed version when {@code unitId} is the office's).
         */
        public Map<String, List<BigDecimal>> earlier(TemplateSection section, long unitId, TemplateItem item) {
            if (earlier.isEmpty() || item.indicators().stream().noneMatch(i -> i.cumulative())) {
                return Map.of();
            }
            List<Cumulative.EarlierReport> found = new ArrayList<>();
            for (Report report : earlier) {
                writer(report, section.ownerOf(item), unitId)
                        .map(unit -> content.get(key(report.id(), section.code(), unit)))
                        .ifPresent(c -> found.add(
                                new Cumulative.EarlierReport(report.period().start(), values(c))));
            }
            return Cumulative.earlier(item, found);
        }

        private Optional<Long> writer(Report report, SectionOwner owner, long unitId) {
            return switch (owner.kind()) {
                case OFFICE -> Optional.of(report.officeUnitId());
                case EACH -> Optional.of(unitId);
                case ROLE ->
                    units.getOrDefault(report.id(), List.of()).stream()
                            .filter(u -> u.roleKeys().contains(owner.roleKey()))
                            .findFirst()
                            .map(u -> u.unit().id());
            };
        }

        private static Map<String, String> values(SectionContent content) {
            Map<String, String> all = new LinkedHashMap<>();
            content.items().forEach(i -> all.putAll(i.indicators()));
            return all;
        }
    }

    private static String key(long reportId, String sectionCode, long unitId) {
        return reportId + "#" + sectionCode + "#" + unitId;
    }
}
