package vn.dangbo.baocao.issuance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.contribution.ReportParts;
import vn.dangbo.baocao.contribution.SectionContent;
import vn.dangbo.baocao.contribution.SectionItem;
import vn.dangbo.baocao.contribution.SectionRepository;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.report.Report;
import vn.dangbo.baocao.report.ReportAccess;
import vn.dangbo.baocao.report.ReportUnit;
import vn.dangbo.baocao.report.Reports;
import vn.dangbo.baocao.template.Indicator;
import vn.dangbo.baocao.template.ReportTemplate;
import vn.dangbo.baocao.template.SectionOwner;
import vn.dangbo.baocao.template.TemplateAggregate;
import vn.dangbo.baocao.template.TemplateItem;
import vn.dangbo.baocao.template.TemplateSection;

/**
 * What the office must know before forwarding a draft: items whose figures a unit left blank, and the units
 * missing from a summary table's total (a "Tổng cộng" of one chi bộ must not pass for the commune's).
 */
@Component
public class DraftWarnings {

    private final ReportParts parts;
    private final SectionRepository sections;
    private final Reports reports;
    private final ReportAccess access;

    DraftWarnings(ReportParts parts, SectionRepository sections, Reports reports, ReportAccess access) {
        this.parts = parts;
        this.sections = sections;
        this.reports = reports;
        this.access = access;
    }

    /** The warnings on a report's draft, in Vietnamese; empty when nothing is missing. */
    @Transactional(readOnly = true)
    public List<String> of(Actor actor, long reportId) {
        return of(access.visible(actor, reportId));
    }

    List<String> of(Report report) {
        ReportTemplate template = parts.template(report);
        List<ReportUnit> units = reports.units(report.id());
        Map<String, SectionContent> content = sections.currentOfReport(report.id()).stream()
                .collect(Collectors.toMap(c -> DocumentAssembler.key(c.sectionCode(), c.unitId()), c -> c));
        List<String> out = new ArrayList<>();
        for (TemplateSection section : template.contentSections()) {
            for (ReportUnit unit : units) {
                SectionContent written = content.get(
                        DocumentAssembler.key(section.code(), unit.unit().id()));
                for (TemplateItem item : section.items()) {
                    if (writes(section.ownerOf(item), unit) && !item.inputs().isEmpty() && !anyFigure(written, item)) {
                        out.add(Messages.get(
                                "draft.warning.noFigures", unit.unit().name(), heading(section, item)));
                    }
                }
            }
        }
        List<AggregateTables.UnitFigures> figures = DocumentAssembler.unitFigures(template, units, content);
        for (TemplateAggregate aggregate : template.aggregates()) {
            Set<String> keys = new HashSet<>();
            aggregate.columns().forEach(c -> keys.addAll(c.sum()));
            List<String> expected = units.stream()
                    .filter(u -> template.contentSections().stream()
                            .anyMatch(s -> s.items().stream()
                                    .filter(i -> writes(s.ownerOf(i), u))
                                    .flatMap(i -> i.inputs().stream())
                                    .map(Indicator::key)
                                    .anyMatch(keys::contains)))
                    .map(u -> u.unit().name())
                    .toList();
            List<String> reported = figures.stream()
                    .filter(f -> f.values().keySet().stream().anyMatch(keys::contains))
                    .map(AggregateTables.UnitFigures::name)
                    .toList();
            List<String> missing =
                    expected.stream().filter(name -> !reported.contains(name)).toList();
            if (!missing.isEmpty()) {
                out.add(Messages.get(
                        "draft.warning.missingFromTotal",
                        aggregate.title(),
                        String.join(", ", missing),
                        aggregate.totalLabel(),
                        expected.size() - missing.size(),
                        expected.size()));
            }
        }
        return out;
    }

    private static boolean writes(SectionOwner owner, ReportUnit unit) {
        return switch (owner.kind()) {
            case EACH -> true;
            case ROLE -> unit.roleKeys().contains(owner.roleKey());
            case OFFICE -> false;
        };
    }

    private static boolean anyFigure(SectionContent written, TemplateItem item) {
        Optional<SectionItem> found = written == null ? Optional.empty() : written.item(item.code());
        return found.map(w -> item.inputs().stream()
                        .map(i -> w.indicators().get(i.key()))
                        .anyMatch(v -> v != null && !v.isBlank()))
                .orElse(false);
    }

    private static String heading(TemplateSection section, TemplateItem item) {
        return item.heading().isBlank() ? section.heading() : item.heading();
    }
}
