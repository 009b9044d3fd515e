package vn.dangbo.baocao.authoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.template.ReportTemplate;
import vn.dangbo.baocao.template.TemplateException;
import vn.dangbo.baocao.template.TemplateParser;
import vn.dangbo.baocao.template.TemplateProblem;

/**
 * A template's YAML document as a tree the editor changes in place: the sections, items and their lists,
 * written back with the fields in the order of docs/templates.md. Editing the document rather than the parsed
 * {@link ReportTemplate} keeps what parsing computes away (numbering styles, defaults left out, descriptions).
 */
public final class TemplateDocument {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();
    private static final Pattern STEP =
            Pattern.compile("(sections|items|indicators|rules|tables|unitTables)\\[(\\d+)]");

    /** The outcome of checking the document as an upload would: the template, or every problem. */
    public record Check(ReportTemplate template, List<TemplateProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private final OutlineNode root;
    private final Map<ObjectNode, OutlineNode> nodes = new IdentityHashMap<>();

    private TemplateDocument(ObjectNode json) {
        this.root = new OutlineNode(OutlineNode.Kind.TEMPLATE, json, null, null);
        nodes.put(json, root);
    }

    /** A stored template's source. */
    public static TemplateDocument read(String source) {
        JsonNode json;
        try {
            json = YAML.readTree(source);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException(Messages.get("template.parse.notObject"));
        }
        return new TemplateDocument((ObjectNode) json);
    }

    /** A new template with one part written by the office: valid as it is, to be filled in. */
    public static TemplateDocument blank() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("id", Messages.get("authoring.blank.id"));
        json.put("title", Messages.get("authoring.blank.title"));
        json.putArray("subject").add(Messages.get("authoring.blank.subject"));
        json.put("closing", Messages.get("authoring.blank.closing"));
        json.put("numbering", "letter");
        ObjectNode section = json.putArray("sections").addObject();
        section.put("code", "A");
        section.put("heading", Messages.get("authoring.blank.section"));
        section.put("owner", "office");
        return new TemplateDocument(json);
    }

    public String yaml() {
        try {
            return YAML.writeValueAsString(root.json());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses and validates the document exactly as an upload does. */
    public Check check() {
        try {
            return new Check(TemplateParser.parse(yaml()), List.of());
        } catch (TemplateException e) {
            return new Check(null, e.problems());
        }
    }

    public OutlineNode root() {
        return root;
    }

    /** The sections under the template, or a section's items then its child sections (items print first). */
    public List<OutlineNode> children(OutlineNode node) {
        return switch (node.kind()) {
            case TEMPLATE -> objects(node, "sections", OutlineNode.Kind.SECTION);
            case SECTION -> {
                List<OutlineNode> all = new ArrayList<>(objects(node, "items", OutlineNode.Kind.ITEM));
                all.addAll(objects(node, "sections", OutlineNode.Kind.SECTION));
                yield all;
            }
            default -> List.of();
        };
    }

    /** The objects of a list field (an item's "indicators", a table's "rows"). */
    public List<OutlineNode> objects(OutlineNode owner, String field) {
        return objects(owner, field, OutlineNode.Kind.OBJECT);
    }

    private List<OutlineNode> objects(OutlineNode owner, String field, OutlineNode.Kind kind) {
        List<OutlineNode> out = new ArrayList<>();
        JsonNode list = owner.json().get(field);
        if (list != null && list.isArray()) {
            for (JsonNode element : list) {
                if (element.isObject()) {
                    out.add(nodes.computeIfAbsent(
                            (ObjectNode) element, json -> new OutlineNode(kind, json, owner, field)));
                }
            }
        }
        return out;
    }

    /** Sets a field, in its place among the kind's fields; null, a blank text or an empty list removes it. */
    public void set(OutlineNode node, String kind, String field, JsonNode value) {
        ObjectNode json = node.json();
        boolean empty = value == null
                || value.isNull()
                || (value.isTextual() && value.asText().isBlank())
                || (value.isContainerNode() && value.isEmpty());
        if (empty) {
            json.remove(field);
            return;
        }
        if (json.has(field)) {
            json.set(field, value); // keeps its place
            return;
        }
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        int rank = Fields.rank(kind, field);
        boolean placed = false;
        for (Map.Entry<String, JsonNode> e : json.properties()) {
            if (!placed && Fields.rank(kind, e.getKey()) > rank) {
                fields.put(field, value);
                placed = true;
            }
            fields.put(e.getKey(), e.getValue());
        }
        if (!placed) {
            fields.put(field, value);
        }
        json.removeAll();
        fields.forEach(json::set);
    }

    /** Sets a field, or a field of an object field when the name has a dot ("signature.authority"). */
    public void setPath(OutlineNode node, String kind, String name, JsonNode value) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            set(node, kind, name, value);
            return;
        }
        String outer = name.substring(0, dot);
        JsonNode existing = node.json().get(outer);
        ObjectNode object =
                existing != null && existing.isObject() ? (ObjectNode) existing : JsonNodeFactory.instance.objectNode();
        set(new OutlineNode(OutlineNode.Kind.OBJECT, object, node, null), outer, name.substring(dot + 1), value);
        set(node, kind, outer, object);
    }

    /** A field's value, or of an object field ("signature.authority"); null when absent. */
    public static JsonNode get(OutlineNode node, String name) {
        JsonNode value = node.json().at("/" + name.replace('.', '/'));
        return value.isMissingNode() || value.isNull() ? null : value;
    }

    public void setText(OutlineNode node, String kind, String field, String value) {
        set(node, kind, field, value == null ? null : JsonNodeFactory.instance.textNode(value));
    }

    /** A new part at the end of the template's or a section's child sections. */
    public OutlineNode addSection(OutlineNode parent) {
        String parentCode = parent.kind() == OutlineNode.Kind.SECTION ? parent.text("code") : null;
        ObjectNode section = JsonNodeFactory.instance.objectNode();
        section.put("code", freeCode(parentCode == null ? "P" : parentCode + ".", allCodes()));
        section.put("heading", Messages.get("authoring.new.section"));
        if (parent.kind() == OutlineNode.Kind.TEMPLATE) {
            section.put("owner", "office"); // a top-level part needs a writer; children inherit theirs
        }
        return append(parent, kindOf(parent), "sections", section, OutlineNode.Kind.SECTION);
    }

    /** A new item at the end of a section's items, or right after an item. */
    public OutlineNode addItem(OutlineNode at) {
        OutlineNode section = at.kind() == OutlineNode.Kind.ITEM ? at.parent() : at;
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        item.put("code", freeCode(section.text("code") + ".", allCodes()));
        item.put("heading", Messages.get("authoring.new.item"));
        OutlineNode added = append(section, Fields.SECTION, "items", item, OutlineNode.Kind.ITEM);
        if (at.kind() == OutlineNode.Kind.ITEM) {
            ArrayNode items = (ArrayNode) section.json().get("items");
            int from = items.size() - 1;
            int to = indexOf(items, at.json()) + 1;
            items.remove(from);
            items.insert(to, item);
        }
        return added;
    }

    /** A new object at the end of a list field: a figure, a rule, a table, a row, a column. */
    public OutlineNode addObject(OutlineNode owner, String ownerKind, String field, ObjectNode value) {
        return append(owner, ownerKind, field, value, OutlineNode.Kind.OBJECT);
    }

    /** A new figure of an item, with a key no other figure of the template has. */
    public OutlineNode addFigure(OutlineNode item) {
        ObjectNode figure = JsonNodeFactory.instance.objectNode();
        figure.put("key", freeKey());
        figure.put("label", Messages.get("authoring.new.figure"));
        return addObject(item, Fields.ITEM, "indicators", figure);
    }

    private static String kindOf(OutlineNode node) {
        return node.kind() == OutlineNode.Kind.TEMPLATE ? Fields.ROOT : Fields.SECTION;
    }

    private OutlineNode append(
            OutlineNode owner, String ownerKind, String field, ObjectNode value, OutlineNode.Kind kind) {
        JsonNode list = owner.json().get(field);
        if (list == null || !list.isArray()) {
            set(owner, ownerKind, field, JsonNodeFactory.instance.arrayNode().add(value));
        } else {
            ((ArrayNode) list).add(value);
        }
        OutlineNode node = new OutlineNode(kind, value, owner, field);
        nodes.put(value, node);
        return node;
    }

    /** Removes an object from its list; an emptied list is removed too. */
    public void remove(OutlineNode node) {
        if (node.parent() == null) {
            return;
        }
        ArrayNode list = (ArrayNode) node.parent().json().get(node.field());
        list.remove(indexOf(list, node.json()));
        if (list.isEmpty()) {
            node.parent().json().remove(node.field());
        }
        nodes.remove(node.json());
    }

    /** Moves an object up (-1) or down (+1) among its siblings; false at either end. */
    public boolean move(OutlineNode node, int by) {
        if (node.parent() == null) {
            return false;
        }
        ArrayNode list = (ArrayNode) node.parent().json().get(node.field());
        int from = indexOf(list, node.json());
        int to = from + by;
        if (to < 0 || to >= list.size()) {
            return false;
        }
        list.remove(from);
        list.insert(to, node.json());
        return true;
    }

    /** Where an object is, as a problem names it: {@code sections[2].items[1].indicators[0]}. */
    public String path(OutlineNode node) {
        if (node.parent() == null) {
            return "";
        }
        String parent = path(node.parent());
        ArrayNode list = (ArrayNode) node.parent().json().get(node.field());
        String step = node.field() + "[" + indexOf(list, node.json()) + "]";
        return parent.isEmpty() ? step : parent + "." + step;
    }

    /** The section or item a problem's path is in; the template itself when the path names neither. */
    public OutlineNode at(String problemPath) {
        OutlineNode found = root;
        Matcher step = STEP.matcher(problemPath == null ? "" : problemPath);
        while (step.find()) {
            String field = step.group(1);
            if (!field.equals("sections") && !field.equals("items")) {
                break;
            }
            List<OutlineNode> list =
                    objects(found, field, field.equals("sections") ? OutlineNode.Kind.SECTION : OutlineNode.Kind.ITEM);
            int index = Integer.parseInt(step.group(2));
            if (index >= list.size()) {
                break;
            }
            found = list.get(index);
        }
        return found;
    }

    /** Every section and item code of the document. */
    Set<String> allCodes() {
        Set<String> codes = new LinkedHashSet<>();
        collectCodes(root, codes);
        return codes;
    }

    private void collectCodes(OutlineNode node, Set<String> codes) {
        for (OutlineNode child : children(node)) {
            codes.add(child.text("code"));
            collectCodes(child, codes);
        }
    }

    private String freeKey() {
        Set<String> keys = new LinkedHashSet<>();
        collectKeys(root, keys);
        int n = 1;
        while (keys.contains("chi_tieu_" + n)) {
            n++;
        }
        return "chi_tieu_" + n;
    }

    private void collectKeys(OutlineNode node, Set<String> keys) {
        for (OutlineNode child : children(node)) {
            if (child.kind() == OutlineNode.Kind.ITEM) {
                objects(child, "indicators").forEach(f -> keys.add(f.text("key")));
            }
            collectKeys(child, keys);
        }
    }

    private static String freeCode(String prefix, Set<String> taken) {
        int n = 1;
        while (taken.contains(prefix + n)) {
            n++;
        }
        return prefix + n;
    }

    private static int indexOf(ArrayNode list, JsonNode element) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == element) {
                return i;
            }
        }
        throw new IllegalStateException("not in its list");
    }
}
