package vn.dangbo.baocao.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.report.AnchoredComment;

/**
 * "Trả lại" with one or more comments, each optionally attached to a part (a section or an item) chosen from
 * {@code anchors} (code to label). Nothing is sent until at least one comment is written.
 */
class AnchoredReturnBox extends Div {

    private record Row(ComboBox<String> anchor, TextArea text) {}

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, String> anchors;
    private final String anchorLabel;
    private final String commentLabel;
    private final Div list = new Div();

    AnchoredReturnBox(String commentLabel, String anchorLabel, Map<String, String> anchors, Consumer<String> onReturn) {
        this.anchors = anchors;
        this.anchorLabel = anchorLabel;
        this.commentLabel = commentLabel;
        addClassName("return-box");
        add(list);
        addRow();
        Button more = new Button(Messages.get("ui.office.addComment"), e -> addRow());
        more.setId("add-comment");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button send = new Button(Messages.get("ui.return"), e -> {
            List<AnchoredComment> comments = rows.stream()
                    .map(r ->
                            new AnchoredComment(r.anchor().getValue(), r.text().getValue()))
                    .toList();
            String body = AnchoredComment.compose(comments);
            TextArea first = rows.get(0).text();
            if (body.isBlank()) {
                first.setInvalid(true);
                first.setErrorMessage(Messages.get("error.return.comment"));
                return;
            }
            first.setInvalid(false);
            onReturn.accept(body);
        });
        send.setId("return");
        send.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new HorizontalLayout(more, send));
    }

    private void addRow() {
        int n = rows.size();
        ComboBox<String> anchor = new ComboBox<>(anchorLabel);
        anchor.setItems(anchors.keySet());
        anchor.setItemLabelGenerator(code -> anchors.getOrDefault(code, code));
        anchor.setPlaceholder(Messages.get("ui.office.anchorNone"));
        anchor.setClearButtonVisible(true);
        anchor.setWidth("22em");
        anchor.setId(n == 0 ? "return-anchor" : "return-anchor-" + n);
        TextArea text = new TextArea(commentLabel);
        text.setId(n == 0 ? "return-comment" : "return-comment-" + n);
        text.setRequiredIndicatorVisible(n == 0);
        text.setWidthFull();
        HorizontalLayout row = new HorizontalLayout(anchor, text);
        row.setWidthFull();
        row.setFlexGrow(1, text);
        rows.add(new Row(anchor, text));
        list.add(row);
    }
}
