package vn.dangbo.baocao.template;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import vn.dangbo.baocao.template.OutlineReader.Kind;
import vn.dangbo.baocao.template.OutlineReader.Node;
import vn.dangbo.baocao.template.OutlineReader.Outline;

/**
 * Writes an outline as a template document (docs/templates.md): every part written by the office, headings that
 * hold numbered sub-parts as sections, the innermost headings as items with their guidance.
 */
final class OutlineYaml {

    private final Set<String> codes = new HashSet<>();

    private OutlineYaml() {}

    /** The template as a tree of maps, in the order a reader expects the fields. */
    static Map<String, Object> tree(String key, String title, Outline outline) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("id", key);
        root.put("title", title);
        root.put("subject", outline.subject());
        if (!outline.basis().isBlank()) {
            root.put("basis", outline.basis());
        }
        if (!outline.closing().isBlank()) {
            root.put("closing", outline.closing());
        }
        String numbering = style(outline.sections().get(0));
        root.put("numbering", numbering);
        OutlineYaml writer = new OutlineYaml();
        List<Object> sections = new ArrayList<>();
        for (int i = 0; i < outline.sections().size(); i++) {
            Node node = outline.sections().get(i);
            Map<String, Object> section = writer.section(node, numbering, "", i);
            section.put("owner", "office");
            sections.add(reorder(section));
        }
        root.put("sections", sections);
        return root;
    }

    static String dump(Map<String, Object> tree) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(120);
        return new Yaml(new MultilineLiteral(options), options).dump(tree);
    }

    private Map<String, Object> section(Node node, String siblingsStyle, String parentCode, int index) {
        Map<String, Object> section = new LinkedHashMap<>();
        String code = code(parentCode, node.kind, index);
        section.put("code", code);
        if (!style(node).equals(siblingsStyle)) {
            section.put("numbering", style(node));
        }
        section.put("heading", node.heading);
        if (node.children.isEmpty()) {
            if (!node.guidance.isEmpty()) {
                section.put("guidance", String.join("\n", node.guidance));
            }
            return section;
        }
        List<Object> items = new ArrayList<>();
        if (!node.guidance.isEmpty()) {
            // what stands between a heading and its first sub-part is a part to write too, printed first
            Map<String, Object> intro = new LinkedHashMap<>();
            intro.put("code", unique(code + ".intro"));
            intro.put("guidance", String.join("\n", node.guidance));
            items.add(intro);
        }
        String childStyle = style(node.children.get(0));
        // numbered sub-parts between numbered parts (D: 1, 2, 3 with 3.1 and 3.2, 4): every part is a section
        boolean nested = node.children.stream().anyMatch(c -> !c.children.isEmpty());
        if (nested) {
            if (!childStyle.equals("roman")) {
                section.put("childNumbering", childStyle);
            }
            List<Object> children = new ArrayList<>();
            for (int i = 0; i < node.children.size(); i++) {
                children.add(reorder(section(node.children.get(i), childStyle, code, i)));
            }
            if (!items.isEmpty()) {
                section.put("items", items);
            }
            section.put("sections", children);
        } else {
            if (!childStyle.equals("arabic")) {
                section.put("itemNumbering", childStyle);
            }
            for (int i = 0; i < node.children.size(); i++) {
                Node child = node.children.get(i);
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("code", code(code, child.kind, i));
                item.put("heading", child.heading);
                if (!child.guidance.isEmpty()) {
                    item.put("guidance", String.join("\n", child.guidance));
                }
                items.add(item);
            }
            section.put("items", items);
        }
        return section;
    }

    /** code, numbering, heading, owner, then the rest. */
    private static Map<String, Object> reorder(Map<String, Object> section) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String field : List.of("code", "numbering", "heading", "owner")) {
            if (section.containsKey(field)) {
                ordered.put(field, section.get(field));
            }
        }
        section.forEach(ordered::putIfAbsent);
        return ordered;
    }

    /** The numbering style of a heading's kind, as the template names it. */
    static String style(Node node) {
        return switch (node.kind) {
            case LETTER -> "letter";
            case ROMAN -> node.dash ? "roman_dash" : "roman";
            case ARABIC -> "arabic";
            case DECIMAL -> "decimal";
            case POINT -> "point";
        };
    }

    /** "C", "C.I", "D.3", "D.3.1", "B.1.a": the parent's code and the part's own number. */
    private String code(String parentCode, Kind kind, int index) {
        String own = switch (kind) {
            case LETTER -> Character.toString('A' + Math.min(index, 25));
            case ROMAN -> Numbering.roman(index + 1);
            case ARABIC, DECIMAL -> String.valueOf(index + 1);
            case POINT -> Character.toString('a' + Math.min(index, 25));
        };
        return unique(parentCode.isEmpty() ? own : parentCode + "." + own);
    }

    private String unique(String code) {
        String candidate = code;
        for (int n = 2; !codes.add(candidate); n++) {
            candidate = code + "_" + n;
        }
        return candidate;
    }

    /** Multi-line texts (guidance) as literal blocks, one prompt a line, as the bundled templates write them. */
    private static final class MultilineLiteral extends Representer {
        MultilineLiteral(DumperOptions options) {
            super(options);
            this.representers.put(String.class, data -> {
                String text = (String) data;
                return representScalar(
                        Tag.STR,
                        text,
                        text.contains("\n") ? DumperOptions.ScalarStyle.LITERAL : DumperOptions.ScalarStyle.PLAIN);
            });
        }
    }
}
