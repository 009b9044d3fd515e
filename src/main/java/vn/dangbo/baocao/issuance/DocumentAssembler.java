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
import vn.dangbo.baocao.contribution.ReportParts;
import vn.dangbo.baocao.contribution.SectionContent;
import vn.dangbo.baocao.contribution.SectionItem;
import vn.dangbo.baocao.contribution.SectionRepository;
import vn.dangbo.baocao.issuance.DocumentModel.Block;
import vn.dangbo.baocao.issuance.DocumentModel.Heading;
import vn.dangbo.baocao.issuance.DocumentModel.Text;
import vn.dangbo.baocao.organisation.AppUser;
import vn.dangbo.baocao.organisation.Organisation;
import vn.dangbo.baocao.organisation.OrganisationRepository;
import vn.dangbo.baocao.organisation.Unit;
import vn.dangbo.baocao.report.Placeholders;
import vn.dangbo.baocao.report.Report;
import vn.dangbo.baocao.report.ReportRepository;
import vn.dangbo.baocao.report.ReportUnit;
import vn.dangbo.baocao.template.CheckResult;
import vn.dangbo.baocao.template.Indicator;
import vn.dangbo.baocao.template.IndicatorCheck;
import vn.dangbo.baocao.template.ReportTemplate;
import vn.dangbo.baocao.template.SectionOwner;
import vn.dangbo.baocao.template.TemplateAggregate;
import vn.dangbo.baocao.template.TemplateItem;
import vn.dangbo.baocao.template.VietnameseNumbers;
import vn.dangbo.baocao.template.TemplateSection;

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

    DocumentAssembler(ReportParts parts, SectionRepository sections, ReportRepository reports,
                      OrganisationRepository organisations) {
        this.parts = parts;
        this.sections = sections;
        this.reports = reports;
        this.organisations = organisations;
    }

    public DocumentModel assemble(Report report, String numberSymbol, LocalDate date) {
        ReportTemplate template = parts.template(report);
        Organisation organisation = organisations.organisation(report.organisationId()).orElseThrow();
        AppUser signer = organisations.user(report.signerId()).orElseThrow();
        Unit office = organisations.unit(report.officeUnitId()).orElseThrow();
        List<ReportUnit> units = reports.units(report.id());
        Map<String, SectionContent> content = sections.currentOfReport(report.id()).stream()
                .collect(Collectors.toMap(c -> key(c.sectionCode(), c.unitId()), c -> c));

        List<Block> body = new ArrayList<>();
        if (!report.basis().isBlank()) {
            body.add(new Text(report.basis()));
        }
        Map<String, List<TemplateAggregate>> aggregatesAfter = aggregatesAfter(template);
        List<AggregateTables.UnitFigures> figures = template.aggregates().isEmpty() ? List.of()
                : figures(template, units, content);
        String previous = null;
        for (TemplateSection section : template.allSections()) {
            aggregates(body, aggregatesAfter.remove(previous), figures);
            previous = section.code();
            body.add(new Heading(section.depth(), section.label(), section.heading()));
            if (!section.holdsContent()) {
                continue;
            }
            SectionOwner owner = section.owner();
            Optional<SectionContent> officeVersion = Optional.ofNullable(content.get(key(section.code(), office.id())));
            if (owner.kind() == SectionOwner.Kind.EACH && officeVersion.isEmpty()) {
                for (ReportUnit unit : units) {
                    SectionContent unitContent = content.get(key(section.code(), unit.unit().id()));
                    if (unitContent != null && unitContent.items().stream().anyMatch(SectionItem::filled)) {
                        body.add(new Heading(section.depth() + 1, "", unit.unit().name()));
                        items(body, section, unitContent, section.depth() + 2);
                    }
                }
                continue;
            }
            Optional<SectionContent> written = switch (owner.kind()) {
                case OFFICE, EACH -> officeVersion;
                case ROLE -> units.stream().filter(u -> u.roleKeys().contains(owner.roleKey())).findFirst()
                        .map(u -> content.get(key(section.code(), u.unit().id())));
            };
            items(body, section, written.orElse(null), section.depth() + 1);
        }
        aggregates(body, aggregatesAfter.remove(previous), figures);
        aggregatesAfter.values().forEach(list -> aggregates(body, list, figures));
        String documentType = Messages.get("document.type." + template.documentType());
        return new DocumentModel(organisation.superiorName(), organisation.name(), numberSymbol,
                organisation.placeName(), date, numberSymbol == null, documentType,
                template.subject().stream().map(s -> Placeholders.fill(s, organisation, report.period())).toList(),
                body, Placeholders.fill(template.closing(), organisation, report.period()), report.recipients(),
                new DocumentModel.Signature(Messages.get(report.signingAuthority().messageKey()),
                        signer.position() == null ? "" : signer.position(), signer.fullName()));
    }

    /** Each aggregate under the code of the last section of its place (its `after` section's subtree). */
    private static Map<String, List<TemplateAggregate>> aggregatesAfter(ReportTemplate template) {
        Map<String, List<TemplateAggregate>> byLast = new LinkedHashMap<>();
        for (TemplateAggregate aggregate : template.aggregates()) {
            String last = aggregate.after() == null ? null : template.section(aggregate.after())
                    .map(DocumentAssembler::lastOfSubtree).orElse(null);
            byLast.computeIfAbsent(last == null ? END : last, k -> new ArrayList<>()).add(aggregate);
        }
        return byLast;
    }

    private static String lastOfSubtree(TemplateSection section) {
        return section.children().isEmpty() ? section.code()
                : lastOfSubtree(section.children().get(section.children().size() - 1));
    }

    private static void aggregates(List<Block> body, List<TemplateAggregate> aggregates,
                                   List<AggregateTables.UnitFigures> figures) {
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
    private static List<AggregateTables.UnitFigures> figures(ReportTemplate template, List<ReportUnit> units,
                                                             Map<String, SectionContent> content) {
        List<AggregateTables.UnitFigures> out = new ArrayList<>();
        for (ReportUnit unit : units) {
            Map<String, BigDecimal> values = new HashMap<>();
            for (TemplateSection section : template.contentSections()) {
                SectionContent written = content.get(key(section.code(), unit.unit().id()));
                if (written == null) {
                    continue;
                }
                for (TemplateItem item : section.items()) {
                    written.item(item.code()).filter(w -> !item.indicators().isEmpty()).ifPresent(w -> {
                        Map<String, String> display = IndicatorCheck.checkStored(item, w.indicators(), Map.of())
                                .display();
                        for (Indicator indicator : item.indicators()) {
                            BigDecimal value = indicator.type().numeric()
                                    ? VietnameseNumbers.parse(display.get(indicator.key())) : null;
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

    private static void items(List<Block> body, TemplateSection section, SectionContent content, int level) {
        for (TemplateItem item : section.items()) {
            Optional<SectionItem> written = content == null ? Optional.empty() : content.item(item.code());
            if (!item.heading().isBlank()) {
                body.add(new Heading(level, item.label(), item.heading()));
            }
            written.filter(w -> !w.text().isBlank()).ifPresent(w -> body.add(new Text(w.text())));
            written.ifPresent(w -> figures(body, item, w));
        }
    }

    private static void figures(List<Block> body, TemplateItem item, SectionItem written) {
        CheckResult check = IndicatorCheck.checkStored(item, written.indicators(), Map.of());
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
    }

    private static final String END = "";

    private static String key(String sectionCode, long unitId) {
        return sectionCode + "#" + unitId;
    }
}
