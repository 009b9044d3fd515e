package vn.dangbo.baocao.contribution.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.ui.Ids;
import vn.dangbo.baocao.common.ui.TextBlocks;
import vn.dangbo.baocao.contribution.SectionItem;
import vn.dangbo.baocao.contribution.SectionView;

/**
 * The editor of one section: per item its heading, guidance, text and figures. It remembers the version it
 * was loaded with, so that saving over someone else's newer version is refused rather than lost.
 */
public class SectionForm extends Div {

    private final SectionView section;
    private final Map<String, TextArea> texts = new LinkedHashMap<>();
    private final Map<String, Map<String, TextField>> figures = new LinkedHashMap<>();
    private int version;
    private boolean dirty;

    public SectionForm(SectionView section) {
        this.section = section;
        this.version = section.version();
        addClassName("section-form");
        setId(Ids.of("section", section.code()));
        add(new H3(section.heading()));
        section.items().forEach(this::addItem);
    }

    private void addItem(SectionView.ItemView item) {
        Div box = new Div();
        box.addClassName("section-item");
        if (!item.heading().isBlank()) {
            box.add(new H4(item.heading()));
        }
        if (item.guidance() != null && !item.guidance().isBlank()) {
            Div guidance = new Div();
            guidance.addClassName("guidance");
            TextBlocks.of(item.guidance()).forEach(guidance::add);
            box.add(new Details(Messages.get("ui.section.guidance"), guidance));
        }
        TextArea text = new TextArea();
        text.setId(Ids.of("item", item.code()));
        text.setWidthFull();
        text.setMinHeight("7em");
        text.setValue(item.text());
        text.setRequiredIndicatorVisible(item.required());
        text.setAriaLabel(item.heading().isBlank() ? section.heading() : item.heading());
        text.setHelperText(Messages.get("ui.section.textHelp"));
        text.addValueChangeListener(e -> dirty = true);
        texts.put(item.code(), text);
        box.add(text);
        if (!item.indicatorDefinitions().isEmpty()) {
            box.add(figures(item));
        }
        add(box);
    }

    private FormLayout figures(SectionView.ItemView item) {
        FormLayout form = new FormLayout();
        form.addClassName("figures");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 3));
        Map<String, TextField> inputs = new LinkedHashMap<>();
        for (SectionView.IndicatorView indicator : item.indicatorDefinitions()) {
            TextField field = new TextField(indicator.label());
            field.setId(Ids.of("figure", item.code() + "-" + indicator.key()));
            String shown = item.display().getOrDefault(indicator.key(), "");
            if ("PERCENT".equals(indicator.type()) && shown.endsWith("%")) {
                shown = shown.substring(0, shown.length() - 1);
            }
            String unit = "PERCENT".equals(indicator.type()) ? "%" : indicator.unit();
            if (unit != null && !unit.isBlank()) {
                field.setSuffixComponent(new Span(unit));
            }
            if (indicator.computed()) {
                field.setReadOnly(true);
                field.setValue(item.display().getOrDefault(indicator.key(), ""));
                field.setHelperText(Messages.get("ui.section.computed"));
            } else {
                field.setValue(shown);
                field.addValueChangeListener(e -> dirty = true);
                inputs.put(indicator.key(), field);
            }
            form.add(field);
        }
        figures.put(item.code(), inputs);
        return form;
    }

    /** What the user wrote, as the service takes it. */
    public List<SectionItem> items() {
        List<SectionItem> out = new ArrayList<>();
        texts.forEach((code, area) -> {
            Map<String, String> values = new LinkedHashMap<>();
            figures.getOrDefault(code, Map.of()).forEach((key, field) -> {
                if (!field.getValue().isBlank()) {
                    values.put(key, field.getValue().strip());
                }
            });
            out.add(new SectionItem(code, area.getValue(), values));
        });
        return out;
    }

    public SectionView section() {
        return section;
    }

    public int version() {
        return version;
    }

    public boolean dirty() {
        return dirty;
    }

    /** Marks the form as saved under a new version. */
    public void saved(int newVersion) {
        version = newVersion;
        dirty = false;
    }
}
