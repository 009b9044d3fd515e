package vn.dangbo.baocao.issuance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.contribution.AttachmentRepository;
import vn.dangbo.baocao.contribution.EarlierFigures;
import vn.dangbo.baocao.contribution.ReportParts;
import vn.dangbo.baocao.contribution.SectionContent;
import vn.dangbo.baocao.contribution.SectionItem;
import vn.dangbo.baocao.contribution.SectionRepository;
import vn.dangbo.baocao.identity.Organisation;
import vn.dangbo.baocao.identity.Unit;
import vn.dangbo.baocao.issuance.DocumentModel.Block;
import vn.dangbo.baocao.issuance.DocumentModel.Heading;
import vn.dangbo.baocao.issuance.DocumentModel.Text;
import vn.dangbo.baocao.organisation.AppUser;
import vn.dangbo.baocao.organisation.OrganisationRepository;
import vn.dangbo.baocao.report.PeriodPlaceholders;
import vn.dangbo.baocao.report.Report;
import vn.dangbo.baocao.report.ReportRepository;
import vn.dangbo.baocao.report.ReportUnit;
import vn.dangbo.baocao.template.CheckResult;
import vn.dangbo.baocao.template.Indicator;
import vn.dangbo.baocao.template.IndicatorCheck;
import vn.dangbo.baocao.template.IndicatorTable;
import vn.dangbo.baocao.template.ReportTemplate;
import vn.dangbo.baocao.template.SectionOwner;
import vn.dangbo.baocao.template.TemplateAggregate;
import vn.dangbo.baocao.template.TemplateItem;
import vn.dangbo.baocao.template.TemplateSection;
import vn.dangbo.baocao.template.VietnameseNumbers;

/**
 * Puts a report's current content into document order: the template's outline, the office's own sections,
 * each role section from its unit, and `each` sections either as condensed by the office or unit by unit
 * under the unit's name.
 */
@Component
public class DocumentAssembler {

    private final ReportParts parts;
    private final SectionRepository sections;
    private final ReportRepository reports;
    private final OrganisationRepository organisations;
    private final EarlierFigures earlierFigures;
    private final AttachmentRepository attachments;

    DocumentAssembler(
            ReportParts parts,
            SectionRepository sections,
            ReportRepository reports,
            OrganisationRepository organisations,
            EarlierFigures earlierFigures,
            AttachmentRepository attachments) {
        this.earlierFigures = earlierFigures;
        this.attachments = attachments;
        this.parts = parts;
        this.sections = sections;
        this.reports = reports;
        this.organisations = organisations;
    }

    public DocumentModel assemble(Report report, String numberSymbol, LocalDate date) {
        ReportTemplate template = parts.template(report);
        Organisation organisation =
                organisations.organisation(report.organisationId()).orElseThrow();
        AppUser signer = organisations.user(report.signerId()).orElseThrow();
        Unit office = organisations.unit(report.officeUnitId()).orElseThrow();
        List<ReportUnit> units = reports.units(report.id());
        Map<String, SectionContent> content = sections.currentOfReport(report.id()).stream()
                .collect(Collectors.toMap(c -> key(c.sectionCode(), c.unitId()), c -> c));
        EarlierFigures.Figures figures = earlierFigures.of(report);
        Map<String, List<String>> attached = attachments.namesByPart(report.id());

        List<Block> body = new ArrayList<>();
        if (!report.basis().isBlank()) {
            body.add(new Text(report.basis()));
        }
        Map<String, List<TemplateAggregate>> aggregatesAfter = aggregatesAfter(template);
        List<AggregateTables.UnitFigures> unitFigures =
                template.aggregates().isEmpty() ? List.of() : unitFigures(template, units, content);
        String previous = null;
        for (TemplateSection section : template.allSections()) {
            aggregates(body, aggregatesAfter.remove(previous), unitFigures);
            previous = section.code();
            body.add(new Heading(section.depth(), section.label(), section.heading()));
            if (!section.holdsContent()) {
                continue;
            }
            SectionOwner owner = section.owner();
            Optional<SectionContent> officeVersion = Optional.ofNullable(content.get(key(section.code(), office.id())));
            if (owner.kind() == SectionOwner.Kind.EACH && officeVersion.isEmpty()) {
                for (ReportUnit unit : units) {
                    SectionContent unitContent =
                            content.get(key(section.code(), unit.unit().id()));
                    if (unitContent != null && unitContent.items().stream().anyMatch(SectionItem::filled)) {
                        body.add(
                                new Heading(section.depth() + 1, "", unit.unit().name()));
                        items(
                                body,
                                figures,
                                section,
                                unitContent,
                                unit.unit().id(),
                                section.depth() + 2,
                                attached.getOrDefault(
                                        key(section.code(), unit.unit().id()), List.of()));
                    }
                }
                continue;
            }
            long writer = switch (owner.kind()) {
                case OFFICE, EACH -> office.id();
                case ROLE ->
                    units.stream()
                            .filter(u -> u.roleKeys().contains(owner.roleKey()))
                            .findFirst()
                            .map(u -> u.unit().id())
                            .orElse(-1L);
            };
            // a condensed `each` section lists every unit's phụ lục; otherwise the writer's own
            List<String> names = attached.entrySet().stream()
                    .filter(e -> owner.kind() == SectionOwner.Kind.EACH
                            ? e.getKey().startsWith(section.code() + "#")
                            : e.getKey().equals(key(section.code(), writer)))
                    .flatMap(e -> e.getValue().stream())
                    .toList();
            items(body, figures, section, content.get(key(section.code(), writer)), writer, section.depth() + 1, names);
        }
        aggregates(body, aggregatesAfter.remove(previous), unitFigures);
        aggregatesAfter.values().forEach(list -> aggregates(body, list, unitFigures));
        String documentType = Messages.get("document.type." + template.documentType());
        return new DocumentModel(
                organisation.superiorName(),
                organisation.name(),
                numberSymbol,
                organisation.placeName(),
                date,
                numberSymbol == null,
                documentType,
                template.subject().stream()
                        .map(s -> PeriodPlaceholders.fill(s, organisation, report.period()))
                        .toList(),
                body,
                PeriodPlaceholders.fill(template.closing(), organisation, report.period()),
                report.recipients(),
                new DocumentModel.Signature(
                        Messages.get(report.signingAuthority().messageKey()),
                        signer.position() == null ? "" : signer.position(),
                        signer.fullName()));
    }

    /** Each aggregate under the code of the last section of its place (its `after` section's subtree). */
    private static Map<String, List<TemplateAggregate>> aggregatesAfter(ReportTemplate template) {
        Map<String, List<TemplateAggregate>> byLast = new LinkedHashMap<>();
        for (TemplateAggregate aggregate : template.aggregates()) {
            String last = aggregate.after() == null
                    ? null
                    : template.section(aggregate.after())
                            .map(DocumentAssembler::lastOfSubtree)
                            .orElse(null);
            byLast.computeIfAbsent(last == null ? END : last, k -> new ArrayList<>())
                    .add(aggregate);
        }
        return byLast;
    }

    private static String lastOfSubtree(TemplateSection section) {
        return section.children().isEmpty()
                ? section.code()
                : lastOfSubtree(section.children().get(section.children().size() - 1));
    }

    private static void aggregates(
            List<Block> body, List<TemplateAggregate> aggregates, List<AggregateTables.UnitFigures> figures) {
        if (aggregates == null) {
            return;
        }
        for (TemplateAggregate aggregate : aggregates) {
            AggregateTables.table(aggregate, figures).ifPresent(table -> {
                body.add(new Text(aggregate.title()));
                body.add(table);
            });
        }
    }

    /** The figures each unit reported in its own parts (typed and computed), by indicator key. */
    static List<AggregateTables.UnitFigures> unitFigures(
            ReportTemplate template, List<ReportUnit> units, Map<String, SectionContent> content) {
        List<AggregateTables.UnitFigures> out = new ArrayList<>();
        for (ReportUnit unit : units) {
            Map<String, BigDecimal> values = new HashMap<>();
            for (TemplateSection section : template.contentSections()) {
                SectionContent written =
                        content.get(key(section.code(), unit.unit().id()));
                if (written == null) {
                    continue;
                }
                for (TemplateItem item : section.items()) {
                    written.item(item.code())
                            .filter(w -> !item.indicators().isEmpty())
                            .ifPresent(w -> {
                                Map<String, String> display = IndicatorCheck.checkStored(item, w.indicators(), Map.of())
                                        .display();
                                for (Indicator indicator : item.indicators()) {
                                    BigDecimal value = indicator.type().numeric()
                                            ? VietnameseNumbers.parse(display.get(indicator.key()))
                                            : null;
                                    if (value != null) {
                                        values.put(indicator.key(), value);
                                    }
                                }
                            });
                }
            }
            out.add(new AggregateTables.UnitFigures(unit.unit().name(), values));
        }
        return out;
    }

    private static void items(
            List<Block> body,
            EarlierFigures.Figures figures,
            TemplateSection section,
            SectionContent content,
            long unitId,
            int level,
            List<String> attachmentNames) {
        boolean listed = attachmentNames.isEmpty();
        for (TemplateItem item : section.items()) {
            Optional<SectionItem> written = content == null ? Optional.empty() : content.item(item.code());
            if (!item.heading().isBlank()) {
                body.add(new Heading(level, item.label(), item.heading()));
            }
            written.filter(w -> !w.text().isBlank()).ifPresent(w -> body.add(new Text(w.text())));
            written.ifPresent(w -> figures(body, item, w, figures.earlier(section, unitId, item)));
            if (!listed && mentionsList(item, written)) {
                body.add(appendix(attachmentNames));
                listed = true;
            }
        }
        if (!listed) {
            body.add(appendix(attachmentNames));
        }
    }

    private static boolean mentionsList(TemplateItem item, Optional<SectionItem> written) {
        String marker = Messages.get("document.attachments.marker").toLowerCase(java.util.Locale.ROOT);
        return (item.guidance() != null
                        && item.guidance().toLowerCase(java.util.Locale.ROOT).contains(marker))
                || written.map(w -> w.text().toLowerCase(java.util.Locale.ROOT).contains(marker))
                        .orElse(false);
    }

    private static Text appendix(List<String> names) {
        return new Text(Messages.get("document.attachments", String.join(", ", names)));
    }

    private static void figures(
            List<Block> body, TemplateItem item, SectionItem written, Map<String, List<java.math.BigDecimal>> earlier) {
        CheckResult check = IndicatorCheck.checkStored(item, written.indicators(), earlier);
        if (check.normalized().isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (Indicator indicator : item.indicators()) {
            String value = check.display().get(indicator.key());
            if (value != null && !value.isBlank()) {
                String unit = indicator.unit() == null || indicator.unit().isBlank() ? "" : " " + indicator.unit();
                lines.add("- " + indicator.label() + ": " + value + unit + ".");
            }
        }
        if (!lines.isEmpty()) {
            body.add(new Text(String.join("\n", lines)));
        }
        for (IndicatorTable table : item.tables()) {
            List<List<String>> grid = table.grid(check.display());
            if (table.title() != null && !table.title().isBlank()) {
                body.add(new Text(table.title()));
            }
            body.add(new DocumentModel.Table(grid.get(0), grid.subList(1, grid.size())));
        }
    }

    private static final String END = "";

    static String key(String sectionCode, long unitId) {
        return sectionCode + "#" + unitId;
    }
}
