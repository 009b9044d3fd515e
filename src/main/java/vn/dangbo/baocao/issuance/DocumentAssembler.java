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
import vn.dangbo.baocao.common.Formats;
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
import vn.dangbo.baocao.organisation.Vocabularies;
import vn.dangbo.baocao.organisation.Vocabulary;
import vn.dangbo.baocao.report.Report;
import vn.dangbo.baocao.report.ReportUnit;
import vn.dangbo.baocao.report.Reports;
import vn.dangbo.baocao.report.SigningAuthority;
import vn.dangbo.baocao.template.CheckResult;
import vn.dangbo.baocao.template.FigureCitations;
import vn.dangbo.baocao.template.FigureDisplay;
import vn.dangbo.baocao.template.Indicator;
import vn.dangbo.baocao.template.IndicatorCheck;
import vn.dangbo.baocao.template.IndicatorTable;
import vn.dangbo.baocao.template.Placeholders;
import vn.dangbo.baocao.template.ReportTemplate;
import vn.dangbo.baocao.template.SectionOwner;
import vn.dangbo.baocao.template.TemplateAggregate;
import vn.dangbo.baocao.template.TemplateItem;
import vn.dangbo.baocao.template.TemplateSection;
import vn.dangbo.baocao.template.TemplateTexts;
import vn.dangbo.baocao.template.UnitTable;
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
    private final Reports reports;
    private final OrganisationRepository organisations;
    private final EarlierFigures earlierFigures;
    private final AttachmentRepository attachments;
    private final Vocabularies vocabularies;

    DocumentAssembler(
            ReportParts parts,
            SectionRepository sections,
            Reports reports,
            OrganisationRepository organisations,
            EarlierFigures earlierFigures,
            AttachmentRepository attachments,
            Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
        this.earlierFigures = earlierFigures;
        this.attachments = attachments;
        this.parts = parts;
        this.sections = sections;
        this.reports = reports;
        this.organisations = organisations;
    }

    public DocumentModel assemble(Report report, String numberSymbol, LocalDate date) {
        Organisation organisation =
                organisations.organisation(report.organisationId()).orElseThrow();
        ReportTemplate template = TemplateTexts.fill(
                parts.template(report),
                Placeholders.forDocument(
                        Placeholders.forReport(
                                report.period().kind().name(),
                                report.period().year(),
                                report.period().number(),
                                organisation.shortName(),
                                organisation.placeName()),
                        organisation.name(),
                        organisation.superiorName(),
                        numberSymbol,
                        date == null ? null : Formats.date(date)));
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
        Map<TemplateSection, List<Block>> appendixBodies = new LinkedHashMap<>();
        List<Block> into = body;
        for (TemplateSection section : template.allSections()) {
            if (section.appendix()) {
                into = new ArrayList<>();
                appendixBodies.put(section, into);
            } else if (section.depth() == 0) {
                into = body;
            }
            if (into == body) {
                aggregates(body, aggregatesAfter.remove(previous), unitFigures);
                previous = section.code();
            }
            if (!section.appendix()) {
                into.add(new Heading(section.depth(), section.label(), section.heading()));
            }
            if (!section.holdsContent()) {
                continue;
            }
            if (section.mixedOwners()) {
                mixed(into, figures, section, office, units, content, attached);
                continue;
            }
            SectionOwner owner = section.owner();
            Optional<SectionContent> officeVersion = Optional.ofNullable(content.get(key(section.code(), office.id())));
            if (owner.kind() == SectionOwner.Kind.EACH && officeVersion.isEmpty()) {
                List<ReportUnit> writers = units.stream()
                        .filter(u -> {
                            SectionContent c =
                                    content.get(key(section.code(), u.unit().id()));
                            return c != null && c.items().stream().anyMatch(SectionItem::filled);
                        })
                        .toList();
                if (!section.unitNames()) {
                    merged(into, figures, section, writers, content, attached);
                    continue;
                }
                for (ReportUnit unit : writers) {
                    into.add(new Heading(section.depth() + 1, "", unit.unit().name()));
                    items(
                            into,
                            figures,
                            section,
                            content.get(key(section.code(), unit.unit().id())),
                            unit.unit().id(),
                            section.depth() + 2,
                            attached.getOrDefault(
                                    key(section.code(), unit.unit().id()), List.of()));
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
            items(into, figures, section, content.get(key(section.code(), writer)), writer, section.depth() + 1, names);
            if (owner.kind() == SectionOwner.Kind.EACH) {
                // the office condenses the texts; the units' table rows stay theirs and are printed together
                for (TemplateItem item : section.items()) {
                    mergedTables(into, section, item, units, content);
                }
            }
        }
        aggregates(body, aggregatesAfter.remove(previous), unitFigures);
        aggregatesAfter.values().forEach(list -> aggregates(body, list, unitFigures));
        List<DocumentModel.Appendix> appendices = appendixBodies.entrySet().stream()
                .map(e -> new DocumentModel.Appendix(
                        appendixTitle(e.getKey()), e.getValue(), Landscape.wanted(e.getKey(), e.getValue())))
                .toList();
        String documentType = Messages.get("document.type." + template.documentType());
        return new DocumentModel(
                organisation.superiorName(),
                organisation.name(),
                numberSymbol,
                organisation.placeName(),
                date,
                numberSymbol == null,
                documentType,
                template.subject(),
                body,
                template.closing(),
                report.recipients(),
                signature(template, report, signer, vocabularies.of(report.organisationId())),
                appendices,
                template.format());
    }

    /**
     * The template's authority and position when it sets them ("KT. CHỦ TỊCH"), else the report's choice: by default
     * the organisation's own authority ("T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN"); the signer's own position.
     */
    private static DocumentModel.Signature signature(
            ReportTemplate template, Report report, AppUser signer, Vocabulary vocabulary) {
        String position = signer.position() == null ? "" : signer.position();
        ReportTemplate.SignatureText text = template.signature();
        if (text == null) {
            String authority = report.signingAuthority() == SigningAuthority.STANDING_COMMITTEE
                    ? vocabulary.authority()
                    : Messages.get(report.signingAuthority().messageKey());
            return new DocumentModel.Signature(authority, position, signer.fullName());
        }
        return new DocumentModel.Signature(
                text.authority(),
                text.position() == null || text.position().isBlank() ? position : text.position(),
                signer.fullName());
    }

    /** "PHỤ LỤC" or the appendix's label, then its heading's lines ("Kèm theo Báo cáo số …"). */
    static List<String> appendixTitle(TemplateSection section) {
        List<String> lines = new ArrayList<>();
        if (section.label() != null && !section.label().isBlank()) {
            lines.add(section.label().strip());
        }
        section.heading().lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
        return lines;
    }

    /**
     * A section whose items have their own owners: each item in its place, from its writer's part — the office's,
     * the unit bound to its role, or for an `each` item the office's condensed text when there is one, otherwise
     * every unit's answer (under its name unless the section says {@code unitNames: false}); every phụ lục of the
     * section's parts after it.
     */
    private static void mixed(
            List<Block> body,
            EarlierFigures.Figures figures,
            TemplateSection section,
            Unit office,
            List<ReportUnit> units,
            Map<String, SectionContent> content,
            Map<String, List<String>> attached) {
        int level = section.depth() + 1;
        SectionContent officeVersion = content.get(key(section.code(), office.id()));
        for (TemplateItem item : section.items()) {
            SectionOwner owner = section.ownerOf(item);
            List<Block> answer = new ArrayList<>();
            if (owner.kind() == SectionOwner.Kind.EACH) {
                Optional<SectionItem> condensed = officeVersion == null
                        ? Optional.empty()
                        : officeVersion.item(item.code()).filter(SectionItem::filled);
                if (condensed.isPresent()) {
                    written(answer, item, condensed.get(), figures.earlier(section, office.id(), item), false);
                } else {
                    for (ReportUnit unit : units) {
                        long id = unit.unit().id();
                        Optional<SectionItem> w = Optional.ofNullable(content.get(key(section.code(), id)))
                                .flatMap(c -> c.item(item.code()))
                                .filter(SectionItem::filled);
                        if (w.isEmpty()) {
                            continue;
                        }
                        if (section.unitNames()) {
                            answer.add(new Heading(level + 1, "", unit.unit().name()));
                        }
                        written(answer, item, w.get(), figures.earlier(section, id, item), false);
                    }
                }
                mergedTables(answer, section, item, units, content);
            } else {
                long writer = owner.kind() == SectionOwner.Kind.OFFICE
                        ? office.id()
                        : units.stream()
                                .filter(u -> u.roleKeys().contains(owner.roleKey()))
                                .findFirst()
                                .map(u -> u.unit().id())
                                .orElse(-1L);
                Optional.ofNullable(content.get(key(section.code(), writer)))
                        .flatMap(c -> c.item(item.code()))
                        .ifPresent(w -> written(answer, item, w, figures.earlier(section, writer, item)));
            }
            heading(body, item, level, answer);
        }
        everyUnitsAttachments(body, section, attached);
    }

    /** The files every unit attached to an `each` section, listed after it. */
    private static void everyUnitsAttachments(
            List<Block> body, TemplateSection section, Map<String, List<String>> attached) {
        List<String> names = attached.entrySet().stream()
                .filter(e -> e.getKey().startsWith(section.code() + "#"))
                .flatMap(e -> e.getValue().stream())
                .toList();
        if (!names.isEmpty()) {
            body.add(appendix(names));
        }
    }

    /** An `each` section without the units' names: each item's heading once, then every unit's answer. */
    private static void merged(
            List<Block> body,
            EarlierFigures.Figures figures,
            TemplateSection section,
            List<ReportUnit> writers,
            Map<String, SectionContent> content,
            Map<String, List<String>> attached) {
        for (TemplateItem item : section.items()) {
            List<Block> answers = new ArrayList<>();
            for (ReportUnit unit : writers) {
                long id = unit.unit().id();
                content.get(key(section.code(), id))
                        .item(item.code())
                        .ifPresent(w -> written(answers, item, w, figures.earlier(section, id, item), false));
            }
            mergedTables(answers, section, item, writers, content);
            heading(body, item, section.depth() + 1, answers);
        }
        everyUnitsAttachments(body, section, attached);
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
            List<Block> answer = new ArrayList<>();
            written.ifPresent(w -> written(answer, item, w, figures.earlier(section, unitId, item)));
            heading(body, item, level, answer);
            if (!listed && mentionsList(item, written)) {
                body.add(appendix(attachmentNames));
                listed = true;
            }
        }
        if (!listed) {
            body.add(appendix(attachmentNames));
        }
    }

    /**
     * The item's heading then its answer; an inline item puts the heading before the answer's first line
     * ("11. Hợp tác quốc tế: Không có."), a numbered item without heading puts its number there.
     */
    static void heading(List<Block> body, TemplateItem item, int level, List<Block> answer) {
        if (!answer.isEmpty() && answer.get(0) instanceof Text first) {
            String[] lines = first.text().strip().split("\\R", 2);
            String rest = lines.length > 1 ? lines[1] : "";
            if (item.inline()) {
                body.add(new DocumentModel.Lead(level, item.label(), item.heading(), lines[0]));
                replaceFirst(answer, rest);
                body.addAll(answer);
                return;
            }
            if (item.heading().isBlank() && !item.label().isBlank()) {
                replaceFirst(answer, item.label() + " " + lines[0] + (rest.isEmpty() ? "" : "\n" + rest));
            }
        }
        if (!item.heading().isBlank()) {
            body.add(
                    item.inline()
                            ? new DocumentModel.Lead(level, item.label(), item.heading(), "")
                            : new Heading(level, item.label(), item.heading()));
        }
        body.addAll(answer);
    }

    private static void replaceFirst(List<Block> answer, String text) {
        if (text.isBlank()) {
            answer.remove(0);
        } else {
            answer.set(0, new Text(text));
        }
    }

    /** A unit's answer to an item: its text with cited figures filled, then the figures as the item prints them. */
    static void written(List<Block> body, TemplateItem item, SectionItem w, Map<String, List<BigDecimal>> earlier) {
        written(body, item, w, earlier, true);
    }

    private static void written(
            List<Block> body,
            TemplateItem item,
            SectionItem w,
            Map<String, List<BigDecimal>> earlier,
            boolean ownTables) {
        CheckResult check = IndicatorCheck.checkStored(item, w.indicators(), earlier);
        if (!w.text().isBlank()) {
            body.add(new Text(FigureCitations.fill(w.text(), item, check.display())));
        }
        figures(body, item, check);
        if (ownTables) {
            for (UnitTable table : item.unitTables()) {
                List<Map<String, String>> rows = w.tables().getOrDefault(table.code(), List.of());
                if (!rows.isEmpty()) {
                    table(body, table.title(), table.grid(rows));
                }
            }
        }
    }

    /** The units' rows of an item's unit tables as one table each (every row, or a total per unit). */
    private static void mergedTables(
            List<Block> body,
            TemplateSection section,
            TemplateItem item,
            List<ReportUnit> writers,
            Map<String, SectionContent> content) {
        for (UnitTable table : item.unitTables()) {
            Map<String, List<Map<String, String>>> byUnit = new LinkedHashMap<>();
            for (ReportUnit unit : writers) {
                SectionContent c = content.get(key(section.code(), unit.unit().id()));
                List<Map<String, String>> rows = c == null
                        ? List.of()
                        : c.item(item.code())
                                .map(w -> w.tables().getOrDefault(table.code(), List.of()))
                                .orElse(List.of());
                if (!rows.isEmpty()) {
                    byUnit.put(unit.unit().name(), rows);
                }
            }
            if (!byUnit.isEmpty()) {
                table(body, table.title(), table.merged(byUnit));
            }
        }
    }

    private static void table(List<Block> body, String title, List<List<String>> grid) {
        if (title != null && !title.isBlank()) {
            body.add(new Text(title));
        }
        body.add(new DocumentModel.Table(grid.get(0), grid.subList(1, grid.size())));
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

    private static void figures(List<Block> body, TemplateItem item, CheckResult check) {
        if (check.normalized().isEmpty()
                || item.figures() == FigureDisplay.INLINE
                || item.figures() == FigureDisplay.HIDDEN) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (Indicator indicator : item.figures() == FigureDisplay.LIST ? item.indicators() : List.<Indicator>of()) {
            if (indicator.hidden()) {
                continue;
            }
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
