package vn.dangbo.baocao.authoring.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dangbo.baocao.authoring.OutlineNode;
import vn.dangbo.baocao.authoring.TemplateDocument;
import vn.dangbo.baocao.common.Messages;

/**
 * The fields of one object of the template (a section, an item, a figure…) as inputs; each change is written to
 * the document at once and reported, so the template is checked and the preview redrawn.
 */
class PropertyForm extends FormLayout {

    private final TemplateDocument document;
    private final OutlineNode node;
    private final String kind;
    private final String idPrefix;
    private final Runnable changed;
    private final Map<String, String> owners;

    /**
     * @param owners the writers offered for an {@code owner} field, value → how a user reads it
     * @param idPrefix element ids are {@code idPrefix-field} ("figure-formula")
     */
    PropertyForm(
            TemplateDocument document,
            OutlineNode node,
            String kind,
            List<FieldSpec> fields,
            String idPrefix,
            Map<String, String> owners,
            Runnable changed) {
        this.document = document;
        this.node = node;
        this.kind = kind;
        this.idPrefix = idPrefix;
        this.owners = owners;
        this.changed = changed;
        addClassName("editor-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        for (FieldSpec field : fields) {
            Component input = input(field);
            input.setId(idPrefix + "-" + field.name().replace('.', '-'));
            add(input);
            if (field.type() == FieldSpec.Type.AREA
                    || field.type() == FieldSpec.Type.LINES
                    || field.type() == FieldSpec.Type.LIST) {
                setColspan(input, 2);
            }
        }
    }

    /** A field's name on screen: the kind's own ("Tên chỉ tiêu" for a figure's label) or the common one. */
    static String label(String kind, String name) {
        String own = "authoring.field." + kind + "." + name;
        String text = Messages.get(own);
        return text.equals(own) ? Messages.get("authoring.field." + name.replace('.', '-')) : text;
    }

    private String label(String name) {
        return label(kind, name);
    }

    private Component input(FieldSpec field) {
        JsonNode value = TemplateDocument.get(node, field.name());
        return switch (field.type()) {
            case TEXT -> {
                TextField input = new TextField(label(field.name()));
                input.setValue(value == null ? "" : value.asText());
                input.addValueChangeListener(e -> write(field, text(e.getValue())));
                yield input;
            }
            case AREA -> {
                TextArea input = new TextArea(label(field.name()));
                input.setValue(value == null ? "" : value.asText());
                input.addValueChangeListener(e -> write(field, text(e.getValue())));
                yield input;
            }
            case LINES -> {
                TextArea input = new TextArea(label(field.name()));
                input.setHelperText(Messages.get("authoring.hint.lines"));
                input.setValue(lines(value));
                input.addValueChangeListener(e -> write(field, list(e.getValue())));
                yield input;
            }
            case NUMBER -> {
                TextField input = new TextField(label(field.name()));
                input.setValue(value == null ? "" : value.asText());
                input.addValueChangeListener(e -> write(field, number(e.getValue())));
                yield input;
            }
            case FLAG -> {
                Checkbox input = new Checkbox(label(field.name()));
                input.setValue(value == null ? field.flagDefault() : value.asBoolean(field.flagDefault()));
                input.addValueChangeListener(e -> write(
                        field,
                        e.getValue() == field.flagDefault()
                                ? null
                                : JsonNodeFactory.instance.booleanNode(e.getValue())));
                yield input;
            }
            case CHOICE -> choice(field, value, choices(field));
            case OWNER -> choice(field, value, owners);
            case LIST ->
                new ObjectListEditor(
                        document,
                        node,
                        field.name(),
                        field.nestedKind(),
                        field.nested(),
                        idPrefix + "-" + field.name(),
                        owners,
                        changed);
        };
    }

    private Map<String, String> choices(FieldSpec field) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String option : field.options()) {
            String group = field.name().endsWith("umbering") ? "numbering" : field.name();
            String key = "authoring.choice." + group + "." + option;
            String label = Messages.get(key);
            labels.put(option, label.equals(key) ? option : label);
        }
        return labels;
    }

    private ComboBox<String> choice(FieldSpec field, JsonNode value, Map<String, String> labels) {
        ComboBox<String> input = new ComboBox<>(label(field.name()));
        List<String> options = new ArrayList<>(labels.keySet());
        String current = value == null ? null : value.asText();
        if (current != null && !options.contains(current)) {
            options.add(current);
        }
        input.setItems(options);
        input.setItemLabelGenerator(v -> labels.getOrDefault(v, v));
        input.setClearButtonVisible(true);
        input.setAllowCustomValue(field.custom());
        input.setValue(current);
        if (field.custom()) {
            input.addCustomValueSetListener(e -> {
                options.add(e.getDetail());
                input.setItems(options);
                input.setValue(e.getDetail());
            });
        }
        input.addValueChangeListener(e -> write(field, text(e.getValue())));
        return input;
    }

    private void write(FieldSpec field, JsonNode value) {
        document.setPath(node, kind, field.name(), value);
        changed.run();
    }

    private static JsonNode text(String value) {
        return value == null || value.isBlank() ? null : JsonNodeFactory.instance.textNode(value);
    }

    /** A whole number or a dot (or comma) decimal as a number; anything else as typed, for the check to name. */
    static JsonNode number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String plain = value.strip().replace(',', '.');
        try {
            BigDecimal number = new BigDecimal(plain);
            return number.scale() <= 0
                    ? JsonNodeFactory.instance.numberNode(number.toBigIntegerExact())
                    : JsonNodeFactory.instance.numberNode(number);
        } catch (NumberFormatException | ArithmeticException e) {
            return JsonNodeFactory.instance.textNode(value.strip());
        }
    }

    private static String lines(JsonNode value) {
        if (value == null) {
            return "";
        }
        if (!value.isArray()) {
            return value.asText();
        }
        List<String> lines = new ArrayList<>();
        value.forEach(v -> lines.add(v.isNull() ? "" : v.asText()));
        return String.join("\n", lines);
    }

    /** One string per line; an empty line in the middle is an empty cell (null). */
    static ArrayNode list(String text) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        List<String> lines = new ArrayList<>(List.of(text.split("\\R", -1)));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        lines.forEach(line -> {
            if (line.isBlank()) {
                list.addNull();
            } else {
                list.add(line.strip());
            }
        });
        return list;
    }
}
