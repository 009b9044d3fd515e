package vn.dangbo.baocao.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a template document (YAML, or JSON which is YAML too) into a {@link ReportTemplate}.
 * Structural problems are collected with their paths and thrown together as {@link TemplateException}.
 */
public final class TemplateParser {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final List<TemplateProblem> problems = new ArrayList<>();

    private TemplateParser() {
    }

    public static ReportTemplate parse(String source) {
        JsonNode root;
        try {
            root = YAML.readTree(source == null ? "" : source);
        } catch (IOException e) {
            throw new TemplateException(List.of(new TemplateProblem("", "Không đọc được mẫu báo cáo (YAML/JSON không hợp lệ): "
                    + firstLine(e.getMessage()))));
        }
        if (root == null || !root.isObject()) {
            throw new TemplateException(List.of(new TemplateProblem("", "Mẫu báo cáo phải là một đối tượng YAML/JSON.")));
        }
        TemplateParser parser = new TemplateParser();
        ReportTemplate template = parser.template(root);
        if (!parser.problems.isEmpty()) {
            throw new TemplateException(parser.problems);
        }
        return template;
    }

    private ReportTemplate template(JsonNode root) {
        String id = required(root, "id", "");
        int version = root.path("version").asInt(1);
        String title = required(root, "title", "");
        String documentType = text(root, "documentType", "BC");
        List<String> subject = strings(root.path("subject"));
        if (subject.isEmpty()) {
            problem("subject", "Thiếu trích yếu (subject) của báo cáo.");
        }
        String basis = text(root, "basis", "");
        String closing = text(root, "closing", "");
        List<String> recipients = strings(root.path("recipients"));
        Numbering numbering = numbering(root.path("numbering"), "numbering", Numbering.LETTER);
        List<TemplateSection> sections = sections(root.path("sections"), "sections", numbering, null, null, 0);
        if (sections.isEmpty()) {
            problem("sections", "Mẫu báo cáo phải có ít nhất một mục.");
        }
        return new ReportTemplate(id, version, title, documentType, subject, basis, closing, recipients, sections);
    }

    private List<TemplateSection> sections(JsonNode list, String path, Numbering defaultNumbering,
                                           SectionOwner parentOwner, String parentLabel, int depth) {
        List<TemplateSection> out = new ArrayList<>();
        if (list.isMissingNode() || list.isNull()) {
            return out;
        }
        if (!list.isArray()) {
            problem(path, "Phải là một danh sách.");
            return out;
        }
        int index = 0;
        for (JsonNode node : list) {
            String p = path + "[" + index + "]";
            String code = required(node, "code", p);
            String heading = required(node, "heading", p);
            Numbering numbering = numbering(node.path("numbering"), p + ".numbering", defaultNumbering);
            String label = node.hasNonNull("label") ? node.get("label").asText() : numbering.label(index, parentLabel);
            SectionOwner owner = owner(node, p, parentOwner);
            Numbering itemNumbering = numbering(node.path("itemNumbering"), p + ".itemNumbering", Numbering.ARABIC);
            Numbering childNumbering = numbering(node.path("childNumbering"), p + ".childNumbering", Numbering.ROMAN);
            List<TemplateSection> children = sections(node.path("sections"), p + ".sections", childNumbering, owner,
                    label, depth + 1);
            List<TemplateItem> items = items(node.path("items"), p + ".items", itemNumbering, code, label);
            if (items.isEmpty() && children.isEmpty()) {
                // A section with only a heading is written as one free-text part (e.g. E., F. of seed 000).
                items = List.of(new TemplateItem(code + ".main", "", "", text(node, "guidance", ""),
                        node.path("required").asBoolean(false), List.of(), List.of()));
            }
            if (!items.isEmpty() && owner == null) {
                problem(p + ".owner", "Thiếu người viết (owner) của mục " + code + ": office, each hoặc role:<khóa>.");
                owner = new SectionOwner(SectionOwner.Kind.OFFICE, null);
            }
            out.add(new TemplateSection(code, label, heading, depth, owner, items, children));
            index++;
        }
        return out;
    }

    private List<TemplateItem> items(JsonNode list, String path, Numbering numbering, String sectionCode,
                                     String sectionLabel) {
        List<TemplateItem> out = new ArrayList<>();
        if (list.isMissingNode() || list.isNull()) {
            return out;
        }
        if (!list.isArray()) {
            problem(path, "Phải là một danh sách.");
            return out;
        }
        int index = 0;
        for (JsonNode node : list) {
            String p = path + "[" + index + "]";
            String code = node.hasNonNull("code") ? node.get("code").asText() : sectionCode + "." + (index + 1);
            String heading = text(node, "heading", "");
            String label = node.hasNonNull("label") ? node.get("label").asText()
                    : heading.isBlank() ? "" : numbering.label(index, null);
            out.add(new TemplateItem(code, label, heading, text(node, "guidance", ""),
                    node.path("required").asBoolean(true), indicators(node.path("indicators"), p + ".indicators"),
                    rules(node.path("rules"), p + ".rules")));
            index++;
        }
        return out;
    }

    private List<Indicator> indicators(JsonNode list, String path) {
        List<Indicator> out = new ArrayList<>();
        if (!list.isArray()) {
            return out;
        }
        int index = 0;
        for (JsonNode node : list) {
            String p = path + "[" + index++ + "]";
            String key = required(node, "key", p);
            String label = required(node, "label", p);
            IndicatorType type = IndicatorType.INTEGER;
            String typeText = text(node, "type", "integer");
            try {
                type = IndicatorType.valueOf(typeText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem(p + ".type", "Kiểu chỉ tiêu không hợp lệ: " + typeText
                        + " (integer, decimal, money, percent, text, date).");
            }
            LocalDate since = null;
            if (node.hasNonNull("cumulativeSince")) {
                try {
                    since = LocalDate.parse(node.get("cumulativeSince").asText());
                } catch (RuntimeException e) {
                    problem(p + ".cumulativeSince", "Ngày không hợp lệ (định dạng yyyy-MM-dd).");
                }
            }
            out.add(new Indicator(key, label, type, text(node, "unit", ""), decimal(node, "min", p),
                    decimal(node, "max", p), text(node, "formula", null), text(node, "cumulativeOf", null), since));
        }
        return out;
    }

    private List<IndicatorRule> rules(JsonNode list, String path) {
        List<IndicatorRule> out = new ArrayList<>();
        if (!list.isArray()) {
            return out;
        }
        int index = 0;
        for (JsonNode node : list) {
            String p = path + "[" + index++ + "]";
            out.add(new IndicatorRule(required(node, "expression", p), required(node, "message", p)));
        }
        return out;
    }

    private SectionOwner owner(JsonNode node, String path, SectionOwner parentOwner) {
        if (!node.hasNonNull("owner")) {
            return parentOwner;
        }
        try {
            return SectionOwner.parse(node.get("owner").asText());
        } catch (IllegalArgumentException e) {
            problem(path + ".owner", "Người viết không hợp lệ: " + node.get("owner").asText()
                    + " (office, each hoặc role:<khóa>).");
            return parentOwner;
        }
    }

    private Numbering numbering(JsonNode node, String path, Numbering fallback) {
        if (node.isMissingNode() || node.isNull()) {
            return fallback;
        }
        try {
            return Numbering.valueOf(node.asText().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(path, "Kiểu đánh số không hợp lệ: " + node.asText()
                    + " (letter, roman, roman_dash, arabic, decimal, point, none).");
            return fallback;
        }
    }

    private BigDecimal decimal(JsonNode node, String field, String path) {
        if (!node.hasNonNull(field)) {
            return null;
        }
        try {
            return new BigDecimal(node.get(field).asText());
        } catch (NumberFormatException e) {
            problem(path + "." + field, "Phải là một số.");
            return null;
        }
    }

    private String required(JsonNode node, String field, String path) {
        String value = text(node, field, null);
        if (value == null || value.isBlank()) {
            problem(path.isEmpty() ? field : path + "." + field, "Thiếu trường bắt buộc: " + field + ".");
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

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
