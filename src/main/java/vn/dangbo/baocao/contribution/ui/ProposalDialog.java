package vn.dangbo.baocao.contribution.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.ui.TextBlocks;
import vn.dangbo.baocao.contribution.Proposals;

/** Shows what a carry forward or a Word import would write, item by item, and confirms it. */
class ProposalDialog extends Dialog {

    /** The items the user keeps ticked: only they are written. */
    private final java.util.Set<String> chosen = new java.util.HashSet<>();

    ProposalDialog(
            String id,
            String header,
            String explanation,
            String confirmLabel,
            Proposals.Preview preview,
            java.util.Map<String, String> labels,
            Consumer<List<Proposals.SectionChange>> onConfirm) {
        setId(id);
        setHeaderTitle(header);
        setWidth("min(60em, 95vw)");
        Paragraph help = new Paragraph(explanation);
        help.addClassName("meta");
        add(help);
        for (Proposals.SectionProposal section : preview.sections()) {
            add(new H4(section.heading()));
            for (Proposals.ItemProposal item : section.items()) {
                Div box = new Div();
                box.addClassName("proposal");
                String key = section.code() + "/" + item.code();
                chosen.add(key);
                com.vaadin.flow.component.checkbox.Checkbox take = new com.vaadin.flow.component.checkbox.Checkbox(
                        item.heading().isBlank() ? section.heading() : item.heading(), true);
                take.setId(vn.dangbo.baocao.common.ui.Ids.of("take", item.code()));
                take.addClassName("proposal-choice");
                take.addValueChangeListener(e -> {
                    if (e.getValue()) {
                        chosen.add(key);
                    } else {
                        chosen.remove(key);
                    }
                });
                box.add(take);
                if (item.replaces()) {
                    Span replaces = new Span(Messages.get("ui.editor.replaces"));
                    replaces.addClassName("replaces");
                    box.add(replaces);
                }
                TextBlocks.of(item.proposedText()).forEach(box::add);
                if (!item.indicators().isEmpty()) {
                    Paragraph figures = new Paragraph(Messages.get(
                            "ui.editor.figures",
                            item.indicators().entrySet().stream()
                                    .map(e -> labels.getOrDefault(e.getKey(), e.getKey()) + ": " + number(e.getValue()))
                                    .collect(Collectors.joining("; "))));
                    figures.addClassName("meta");
                    box.add(figures);
                }
                add(box);
            }
        }
        Button confirm = new Button(confirmLabel, e -> {
            close();
            onConfirm.accept(changes(preview, chosen));
        });
        confirm.setId("confirm-" + id);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(Messages.get("ui.cancel"), e -> close());
        getFooter().add(cancel, confirm);
    }

    /** The ticked proposals ("section/item"), against the versions they were proposed for. */
    static List<Proposals.SectionChange> changes(Proposals.Preview preview, java.util.Set<String> chosen) {
        List<Proposals.SectionChange> out = new ArrayList<>();
        for (Proposals.SectionProposal s : preview.sections()) {
            List<Proposals.ItemChange> items = s.items().stream()
                    .filter(i -> chosen.contains(s.code() + "/" + i.code()))
                    .map(i -> new Proposals.ItemChange(i.code(), i.proposedText(), i.indicators()))
                    .toList();
            if (!items.isEmpty()) {
                out.add(new Proposals.SectionChange(s.code(), s.version(), items));
            }
        }
        return out;
    }

    /** A stored figure ("1235", "99.6") as the user reads it: "1.235", "99,6". */
    static String number(String stored) {
        try {
            return vn.dangbo.baocao.template.VietnameseNumbers.format(new java.math.BigDecimal(stored));
        } catch (NumberFormatException e) {
            return stored;
        }
    }
}
