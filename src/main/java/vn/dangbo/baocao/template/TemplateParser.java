package vn.dangbo.baocao.template;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import org.yaml.snakeyaml.LoaderOptions;
import vn.dangbo.baocao.common.Messages;

/**
 * Reads a template document (YAML, or JSON which is YAML too) into a {@link ReportTemplate}, then runs
 * {@link TemplateValidator}. Every problem is collected with its path and thrown together as
 * {@link TemplateException}. The format is described in docs/templates.md.
 */
public final class TemplateParser {

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .loaderOptions(limits())
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64)
                    .maxStringLength(TemplateCatalog.MAX_SOURCE_BYTES)
                    .build())
            .build());

    /** Bounded parsing: no alias bombs, no deep nesting, nothing longer than an upload may be. */
    private static LoaderOptions limits() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(TemplateCatalog.MAX_SOURCE_BYTES);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(64);
        options.setAllowRecursiveKeys(false);
        return options;
    }

    private static final Set<String> ROOT_FIELDS = Set.of(
            "id",
            "version",
            "title",
            "description",
            "documentType",
            "subject",
            "basis",
            "closing",
            "recipients",
            "numbering",
            "sections",
            "aggregates",
            "format",
            "signature");
    private static final Set<String> SIGNATURE_FIELDS = Set.of("authority", "position");
    private static final Set<String> AGGREGATE_FIELDS =
            Set.of("code", "title", "after", "rowHeader", "totalLabel", "columns");
    private static final Set<String> AGGREGATE_COLUMN_FIELDS = Set.of("name", "label", "sum", "formula", "type");
    private static final Set<String> SECTION_FIELDS = Set.of(
            "code",
            "label",
            "heading",
            "numbering",
            "itemNumbering",
            "childNumbering",
            "owner",
            "guidance",
            "required",
            "items",
            "sections",
            "unitNames",
            "appendix",
            "orientation");
    private static final Set<String> ITEM_FIELDS = Set.of(
            "code",
            "label",
            "heading",
            "guidance",
            "required",
            "indicators",
            "rules",
            "tables",
            "figures",
            "inline",
            "numbered",
            "unitTables",
            "owner");
    private static final Set<String> INDICATOR_FIELDS = Set.of(
            "key",
            "label",
            "type",
            "unit",
            "min",
            "max",
            "formula",
            "cumulativeOf",
            "cumulativeSince",
            "decimals",
            "carry",
            "hidden",
            "digits");
    private static final Set<String> RULE_FIELDS = Set.of("expression", "message");
    private static final Set<String> TABLE_FIELDS = Set.of("code", "title", "rowHeader", "columns", "rows");
    private static final Set<String> ROW_FIELDS = Set.of("label", "cells");
    private static final Set<String> UNIT_TABLE_FIELDS =
            Set.of("code", "title", "totalLabel", "unitHeader", "merge", "columns");
    private static final Set<String> COLUMN_FIELDS = columnFields();

    private static Set<String> columnFields() {
        Set<String> fields = new java.util.HashSet<>(INDICATOR_FIELDS);
        fields.add("sum");
        return Set.copyOf(fields);
    }

    private final List<TemplateProblem> problems = new ArrayList<>();

    private TemplateParser() {}

    public static ReportTemplate parse(String source) {
        JsonNode root;
        try {
            root = YAML.readTree(source == null ? "" : source);
        } catch (IOException e) {
            throw new TemplateException(List.of(new TemplateProblem("", unreadable(e))));
        }
        if (root == null || !root.isObject()) {
            throw new TemplateException(List.of(new TemplateProblem("", Messages.get("template.parse.notObject"))));
        }
        TemplateParser parser = new TemplateParser();
        ReportTemplate template = parser.template(root);
        parser.problems.addAll(TemplateValidator.validate(template));
        if (!parser.problems.isEmpty()) {
            throw new TemplateException(parser.problems);
        }
        return template;
    }

    private ReportTemplate template(JsonNode root) {
        knownFields(root, "", ROOT_FIELDS);
        String id = required(root, "id", "");
        int version = 1;
        if (root.hasNonNull("version")) {
            if (root.get("version").canConvertToInt() && root.get("version").asInt() > 0) {
                version = root.get("version").asInt();
            } else {
                problem("version", Messages.get("template.parse.version"));
            }
        }
        String title = required(root, "title", "");
        String documentType = text(root, "documentType", "BC");
        List<String> subject = strings(root.path("subject"));
        if (subject.isEmpty()) {
            problem("subject", Messages.get("template.parse.subject"));
        }
        String basis = text(root, "basis", "");
        String closing = text(root, "closing", "");
        List<String> recipients = strings(root.path("recipients"));
        Labeler numbering = numbering(root.path("numbering"), "numbering", Numbering.LETTER);
        List<TemplateSection> sections = sections(root.path("sections"), "sections", numbering, null, null, 0);
        if (sections.isEmpty()) {
            problem("sections", Messages.get("template.parse.noSections"));
        }
        return new ReportTemplate(
                id,
                version,
                title,
                documentType,
                subject,
                basis,
                closing,
                recipients,
                sections,
                aggregates(root.path("aggregates"), "aggregates"),
                root.hasNonNull("format") ? root.get("format").asText() : null,
                signature(root.path("signature")));
    }

    private ReportTemplate.SignatureText signature(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!isObject(node, "signature")) {
            return null;
        }
        knownFields(node, "signature", SIGNATURE_FIELDS);
        return new ReportTemplate.SignatureText(required(node, "authority", "signature"), text(node, "position", null));
    }

    /** The printed number of the sibling at an index; the parent's label for decimal numbering. */
    private interface Labeler {
        String label(int index, String parentLabel);
    }

    private List<TemplateAggregate> aggregates(JsonNode list, String path) {
        return objects(list, path, AGGREGATE_FIELDS, this::aggregate);
    }

    private TemplateAggregate aggregate(JsonNode node, String p) {
        List<TemplateAggregate.Column> columns =
                objects(node.path("columns"), p + ".columns", AGGREGATE_COLUMN_FIELDS, this::aggregateColumn);
        return new TemplateAggregate(
                required(node, "code", p),
                required(node, "title", p),
                node.hasNonNull("after") ? node.get("after").asText() : null,
                text(node, "rowHeader", Messages.get("template.parse.aggregateRowHeader")),
                text(node, "totalLabel", Messages.get("template.parse.aggregateTotalLabel")),
                columns);
    }

    private List<TemplateSection> sections(
            JsonNode list,
            String path,
            Labeler defaultNumbering,
            SectionOwner parentOwner,
            String parentLabel,
            int depth) {
        List<TemplateSection> out = new ArrayList<>();
        if (!isList(list, path)) {
            return out;
        }
        int index = 0;
        int numbered = 0;
        int appendices = 0;
        for (JsonNode node : list) {
            String p = path + "[" + index + "]";
            if (!isObject(node, p)) {
                index++;
                continue;
            }
            knownFields(node, p, SECTION_FIELDS);
            String code = required(node, "code", p);
            String heading = required(node, "heading", p);
            boolean appendix = flag(node, "appendix", p, false);
            if (appendix && depth > 0) {
                problem(p + ".appendix", Messages.get("template.parse.appendixNested"));
            }
            String label;
            if (node.hasNonNull("label")) {
                label = node.get("label").asText();
            } else if (appendix) {
                // an appendix is numbered only when asked ("Phụ lục {n}"), and among the appendices
                label = node.hasNonNull("numbering")
                        ? numbering(node.path("numbering"), p + ".numbering", Numbering.NONE)
                                .label(appendices, parentLabel)
                        : "";
            } else {
                label = numbering(node.path("numbering"), p + ".numbering", defaultNumbering)
                        .label(numbered, parentLabel);
            }
            if (appendix) {
                appendices++;
            } else {
                numbered++;
            }
            SectionOwner owner = owner(node, p, parentOwner);
            Labeler itemNumbering = numbering(node.path("itemNumbering"), p + ".itemNumbering", Numbering.ARABIC);
            Labeler childNumbering = numbering(node.path("childNumbering"), p + ".childNumbering", Numbering.ROMAN);
            List<TemplateSection> children =
                    sections(node.path("sections"), p + ".sections", childNumbering, owner, label, depth + 1);
            List<TemplateItem> items = items(node.path("items"), p + ".items", itemNumbering, code, label);
            if (items.isEmpty() && children.isEmpty()) {
                // A section with only a heading is written as one free-text part (e.g. E., F. of seed 000).
                items = List.of(new TemplateItem(
                        code + ".main",
                        "",
                        "",
                        text(node, "guidance", ""),
                        node.path("required").asBoolean(false),
                        List.of(),
                        List.of()));
            }
            boolean unitNames = flag(node, "unitNames", p, true);
            if (!items.isEmpty() && owner == null) {
                problem(p + ".owner", Messages.get("template.parse.ownerMissing", code));
                owner = new SectionOwner(SectionOwner.Kind.OFFICE, null);
            }
            boolean landscape = orientation(node, p, appendix);
            out.add(new TemplateSection(
                    code, label, heading, depth, owner, items, children, unitNames, appendix, landscape));
            index++;
        }
        return out;
    }

    /** `orientation: landscape` (or `portrait`, the default), for an appendix only. */
    private boolean orientation(JsonNode node, String p, boolean appendix) {
        if (!node.hasNonNull("orientation")) {
            return false;
        }
        String value = node.get("orientation").asText();
        if (!appendix) {
            problem(p + ".orientation", Messages.get("template.parse.orientationNotAppendix"));
            return false;
        }
        if (!value.equals("landscape") && !value.equals("portrait")) {
            problem(p + ".orientation", Messages.get("template.parse.orientation", value));
            return false;
        }
        return value.equals("landscape");
    }

    private List<TemplateItem> items(
            JsonNode list, String path, Labeler numbering, String sectionCode, String sectionLabel) {
        List<TemplateItem> out = new ArrayList<>();
        if (!isList(list, path)) {
            return out;
        }
        int index = 0;
        int numbered = 0;
        for (JsonNode node : list) {
            String p = path + "[" + index + "]";
            if (!isObject(node, p)) {
                index++;
                continue;
            }
            knownFields(node, p, ITEM_FIELDS);
            String code = node.hasNonNull("code") ? node.get("code").asText() : sectionCode + "." + (index + 1);
            String heading = text(node, "heading", "");
            // an item without heading is numbered only when asked: a numbered paragraph
            boolean counted = !heading.isBlank() || flag(node, "numbered", p, false);
            String label = node.hasNonNull("label")
                    ? node.get("label").asText()
                    : counted ? numbering.label(numbered, sectionLabel) : "";
            if (counted) {
                numbered++;
            }
            boolean inline = flag(node, "inline", p, false);
            if (inline && heading.isBlank()) {
                problem(p + ".inline", Messages.get("template.parse.inlineWithoutHeading"));
            }
            out.add(new TemplateItem(
                    code,
                    label,
                    heading,
                    text(node, "guidance", ""),
                    node.path("required").asBoolean(true),
                    indicators(node.path("indicators"), p + ".indicators"),
                    rules(node.path("rules"), p + ".rules"),
                    tables(node.path("tables"), p + ".tables"),
                    figures(node, p),
                    inline,
                    objects(node.path("unitTables"), p + ".unitTables", UNIT_TABLE_FIELDS, this::unitTable),
                    // the item's own writer; absent: the section's
                    owner(node, p, null)));
            index++;
        }
        return out;
    }

    private List<Indicator> indicators(JsonNode list, String path) {
        return objects(list, path, INDICATOR_FIELDS, this::indicator);
    }

    private Indicator indicator(JsonNode node, String p) {
        String key = required(node, "key", p);
        String label = required(node, "label", p);
        IndicatorType type = IndicatorType.INTEGER;
        String typeText = text(node, "type", "integer");
        try {
            type = IndicatorType.valueOf(typeText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(p + ".type", Messages.get("template.parse.indicatorType", typeText));
        }
        LocalDate since = null;
        if (node.hasNonNull("cumulativeSince")) {
            try {
                since = LocalDate.parse(node.get("cumulativeSince").asText());
            } catch (RuntimeException e) {
                problem(p + ".cumulativeSince", Messages.get("template.parse.date"));
            }
        }
        Integer decimals = null;
        if (node.hasNonNull("decimals")) {
            JsonNode d = node.get("decimals");
            if (d.canConvertToInt() && d.asInt() >= 0 && d.asInt() <= 6 && d.isIntegralNumber()) {
                decimals = d.asInt();
            } else {
                problem(p + ".decimals", Messages.get("template.parse.decimals"));
            }
        }
        return new Indicator(
                key,
                label,
                type,
                text(node, "unit", ""),
                decimal(node, "min", p),
                decimal(node, "max", p),
                text(node, "formula", null),
                text(node, "cumulativeOf", null),
                since,
                decimals,
                carry(node, p),
                flag(node, "hidden", p, false),
                digits(node, p));
    }

    private Integer digits(JsonNode node, String p) {
        if (!node.hasNonNull("digits")) {
            return null;
        }
        JsonNode d = node.get("digits");
        if (d.isIntegralNumber() && d.asInt() >= 1 && d.asInt() <= 9) {
            return d.asInt();
        }
        problem(p + ".digits", Messages.get("template.parse.digits"));
        return null;
    }

    private FigureDisplay figures(JsonNode node, String p) {
        String value = text(node, "figures", "list");
        try {
            return FigureDisplay.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(p + ".figures", Messages.get("template.parse.figures", value));
            return FigureDisplay.LIST;
        }
    }

    /** A true/false field; anything else is a problem. */
    private boolean flag(JsonNode node, String field, String p, boolean fallback) {
        if (!node.hasNonNull(field)) {
            return fallback;
        }
        if (!node.get(field).isBoolean()) {
            problem(p + "." + field, Messages.get("template.parse.flag", field));
            return fallback;
        }
        return node.get(field).asBoolean();
    }

    /** {@code carry: true}: a stock (the number of procedures, of party members) that the next period starts from. */
    private boolean carry(JsonNode node, String p) {
        if (!node.has("carry")) {
            return false;
        }
        if (!node.get("carry").isBoolean()) {
            problem(p + ".carry", Messages.get("template.parse.carry"));
            return false;
        }
        return node.get("carry").asBoolean();
    }

    private List<IndicatorRule> rules(JsonNode list, String path) {
        return objects(list, path, RULE_FIELDS, this::rule);
    }

    private IndicatorRule rule(JsonNode node, String p) {
        return new IndicatorRule(required(node, "expression", p), required(node, "message", p));
    }

    private List<IndicatorTable> tables(JsonNode list, String path) {
        return objects(list, path, TABLE_FIELDS, this::table);
    }

    private TemplateAggregate.Column aggregateColumn(JsonNode column, String cp) {
        String type = text(column, "type", "integer");
        if (!type.equals("integer") && !type.equals("percent")) {
            problem(cp + ".type", Messages.get("template.parse.columnType"));
        }
        List<String> sum =
                column.path("sum").isTextual() ? List.of(column.get("sum").asText()) : strings(column.path("sum"));
        return new TemplateAggregate.Column(
                required(column, "name", cp),
                required(column, "label", cp),
                sum,
                column.hasNonNull("formula") ? column.get("formula").asText() : null,
                type.equals("percent"));
    }

    private UnitTable unitTable(JsonNode node, String p) {
        String code = required(node, "code", p);
        List<Indicator> columns = objects(node.path("columns"), p + ".columns", COLUMN_FIELDS, this::indicator);
        if (columns.isEmpty()) {
            problem(p + ".columns", Messages.get("template.parse.tableColumns"));
        }
        java.util.Set<String> summed = new java.util.LinkedHashSet<>();
        int index = 0;
        for (JsonNode column : node.path("columns")) {
            if (flag(column, "sum", p + ".columns[" + index + "]", false)) {
                summed.add(column.path("key").asText());
            }
            index++;
        }
        String merge = text(node, "merge", "rows");
        if (!merge.equals("rows") && !merge.equals("totals")) {
            problem(p + ".merge", Messages.get("template.parse.unitTableMerge", merge));
        }
        return new UnitTable(
                code,
                text(node, "title", ""),
                text(node, "totalLabel", Messages.get("document.total")),
                text(node, "unitHeader", Messages.get("document.unitHeader")),
                merge.equals("totals"),
                columns,
                summed);
    }

    private IndicatorTable table(JsonNode node, String p) {
        String code = required(node, "code", p);
        List<String> columns = strings(node.path("columns"));
        if (columns.isEmpty()) {
            problem(p + ".columns", Messages.get("template.parse.tableColumns"));
        }
        List<IndicatorTable.Row> rows = objects(node.path("rows"), p + ".rows", ROW_FIELDS, (row, rp) -> {
            List<String> cells = new ArrayList<>();
            row.path("cells").forEach(c -> cells.add(c.isNull() || c.asText().isBlank() ? null : c.asText()));
            return new IndicatorTable.Row(required(row, "label", rp), cells);
        });
        if (rows.isEmpty()) {
            problem(p + ".rows", Messages.get("template.parse.tableRows"));
        }
        return new IndicatorTable(code, text(node, "title", ""), text(node, "rowHeader", ""), columns, rows);
    }

    private SectionOwner owner(JsonNode node, String path, SectionOwner parentOwner) {
        if (!node.hasNonNull("owner")) {
            return parentOwner;
        }
        try {
            return SectionOwner.parse(node.get("owner").asText());
        } catch (IllegalArgumentException e) {
            problem(
                    path + ".owner",
                    Messages.get(
                            "template.parse.ownerInvalid", node.get("owner").asText()));
            return parentOwner;
        }
    }

    private Labeler numbering(JsonNode node, String path, Labeler fallback) {
        if (node.isMissingNode() || node.isNull()) {
            return fallback;
        }
        Numbering.Pattern pattern = Numbering.pattern(node.asText());
        if (pattern != null) {
            return (index, parent) -> pattern.label(index);
        }
        try {
            return Numbering.valueOf(node.asText().toUpperCase(Locale.ROOT))::label;
        } catch (IllegalArgumentException e) {
            problem(path, Messages.get("template.parse.numbering", node.asText()));
            return fallback;
        }
    }

    private Labeler numbering(JsonNode node, String path, Numbering fallback) {
        return numbering(node, path, (Labeler) fallback::label);
    }

    private BigDecimal decimal(JsonNode node, String field, String path) {
        if (!node.hasNonNull(field)) {
            return null;
        }
        try {
            return new BigDecimal(node.get(field).asText());
        } catch (NumberFormatException e) {
            problem(path + "." + field, Messages.get("template.parse.number"));
            return null;
        }
    }

    private void knownFields(JsonNode node, String path, Set<String> allowed) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                // `{label: Số kiến nghị, đã tiếp nhận}`: the comma ended the label, the rest became a field
                boolean comma = !name.matches("[A-Za-z]+");
                problem(
                        path.isEmpty() ? name : path + "." + name,
                        Messages.get(comma ? "template.parse.unknownFieldComma" : "template.parse.unknownField", name));
            }
        }
    }

    /**
     * The objects of a list read one by one with their paths ({@code rules[2]}); an element that is not an object,
     * or has unknown fields, is a problem, and the list goes on.
     */
    private <T> List<T> objects(JsonNode list, String path, Set<String> fields, BiFunction<JsonNode, String, T> read) {
        List<T> out = new ArrayList<>();
        if (!isList(list, path)) {
            return out;
        }
        int index = 0;
        for (JsonNode node : list) {
            String p = path + "[" + index++ + "]";
            if (isObject(node, p)) {
                knownFields(node, p, fields);
                out.add(read.apply(node, p));
            }
        }
        return out;
    }

    private boolean isList(JsonNode list, String path) {
        if (list.isMissingNode() || list.isNull()) {
            return false;
        }
        if (!list.isArray()) {
            problem(path, Messages.get("template.parse.list"));
            return false;
        }
        return true;
    }

    private boolean isObject(JsonNode node, String path) {
        if (!node.isObject()) {
            problem(path, Messages.get("template.parse.object"));
            return false;
        }
        return true;
    }

    private String required(JsonNode node, String field, String path) {
        String value = text(node, field, null);
        if (value == null || value.isBlank()) {
            problem(path.isEmpty() ? field : path + "." + field, Messages.get("template.parse.required", field));
            return "";
        }
        return value;
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? fallback : value.asText();
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else if (node.isTextual()) {
            out.add(node.asText());
        }
        return out;
    }

    private void problem(String path, String message) {
        problems.add(new TemplateProblem(path, message));
    }

    private static String unreadable(IOException e) {
        String reason = firstLine(e.getMessage());
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j
                && j.getLocation() != null
                && j.getLocation().getLineNr() > 0) {
            return Messages.get(
                    "template.parse.unreadableAt",
                    reason,
                    String.valueOf(j.getLocation().getLineNr()),
                    String.valueOf(j.getLocation().getColumnNr()));
        }
        return Messages.get("template.parse.unreadable", reason);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
