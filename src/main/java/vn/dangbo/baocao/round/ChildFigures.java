package vn.dangbo.baocao.round;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.dangbo.baocao.contribution.SectionContent;
import vn.dangbo.baocao.contribution.SectionItem;
import vn.dangbo.baocao.contribution.SectionRepository;
import vn.dangbo.baocao.report.Report;
import vn.dangbo.baocao.report.Reports;
import vn.dangbo.baocao.template.Indicator;
import vn.dangbo.baocao.template.IndicatorType;
import vn.dangbo.baocao.template.ReportTemplate;
import vn.dangbo.baocao.template.TemplateCatalog;

/**
 * The figures of an issued report, as the superior receives them: every typed count or amount added up over the
 * chi bộ that wrote it. Rates and computed values are left out: they are recomputed from totals, never summed.
 */
@Component
class ChildFigures {

    private final Reports reports;
    private final SectionRepository sections;
    private final TemplateCatalog templates;

    ChildFigures(Reports reports, SectionRepository sections, TemplateCatalog templates) {
        this.reports = reports;
        this.sections = sections;
        this.templates = templates;
    }

    Map<String, BigDecimal> of(Report report) {
        ReportTemplate template = templates.template(report.templateId());
        Map<String, Indicator> summed = template.allItems().stream()
                .flatMap(i -> i.inputs().stream())
                .filter(ChildFigures::additive)
                .collect(Collectors.toMap(Indicator::key, i -> i, (a, b) -> a));
        Set<Long> writers =
                reports.units(report.id()).stream().map(u -> u.unit().id()).collect(Collectors.toSet());
        Map<String, BigDecimal> figures = new TreeMap<>();
        for (SectionContent content : sections.currentOfReport(report.id())) {
            if (!writers.contains(content.unitId())) {
                continue; // the office's condensed version repeats the chi bộ's figures
            }
            for (SectionItem item : content.items()) {
                item.indicators().forEach((key, text) -> {
                    if (summed.containsKey(key) && text != null && !text.isBlank()) {
                        try {
                            figures.merge(key, new BigDecimal(text.strip()), BigDecimal::add);
                        } catch (NumberFormatException e) {
                            // a value the template's rules never let through: not a figure
                        }
                    }
                });
            }
        }
        return figures;
    }

    private static boolean additive(Indicator indicator) {
        return indicator.type().numeric() && indicator.type() != IndicatorType.PERCENT;
    }
}
