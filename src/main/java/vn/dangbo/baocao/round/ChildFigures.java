package vn.dangbo.baocao.round;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import vn.dangbo.baocao.template.SectionOwner;
import vn.dangbo.baocao.template.TemplateCatalog;
import vn.dangbo.baocao.template.TemplateItem;
import vn.dangbo.baocao.template.TemplateSection;
import vn.dangbo.baocao.template.UnitTable;

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

    /**
     * The rows of the report's unit tables, by "item code/table code": every chi bộ's rows in the report's unit
     * order, and the office's own for an item the office writes (its condensed version repeats nothing of them).
     */
    Map<String, List<Map<String, String>>> tableRows(Report report) {
        ReportTemplate template = templates.template(report.templateId());
        Map<String, SectionContent> byPart = new HashMap<>();
        sections.currentOfReport(report.id()).forEach(c -> byPart.put(c.sectionCode() + "#" + c.unitId(), c));
        List<Long> writers =
                reports.units(report.id()).stream().map(u -> u.unit().id()).toList();
        Map<String, List<Map<String, String>>> out = new LinkedHashMap<>();
        for (TemplateSection section : template.contentSections()) {
            for (TemplateItem item : section.items()) {
                if (item.unitTables().isEmpty()) {
                    continue;
                }
                List<Long> from = section.ownerOf(item).kind() == SectionOwner.Kind.OFFICE
                        ? List.of(report.officeUnitId())
                        : writers;
                for (UnitTable table : item.unitTables()) {
                    List<Map<String, String>> rows = new ArrayList<>();
                    for (long unit : from) {
                        Optional.ofNullable(byPart.get(section.code() + "#" + unit))
                                .flatMap(c -> c.item(item.code()))
                                .ifPresent(w -> rows.addAll(w.tables().getOrDefault(table.code(), List.of())));
                    }
                    if (!rows.isEmpty()) {
                        out.put(item.code() + "/" + table.code(), List.copyOf(rows));
                    }
                }
            }
        }
        return out;
    }

    private static boolean additive(Indicator indicator) {
        return indicator.type().numeric() && indicator.type() != IndicatorType.PERCENT;
    }
}
