package vn.dangbo.baocao.inbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import vn.dangbo.baocao.common.Messages;

/** "Trả lại" with its required comment: the button does nothing until a comment is written. */
public class ReturnBox extends Div {

    public ReturnBox(String label, Consumer<String> onReturn) {
        addClassName("return-box");
        TextArea comment = new TextArea(label);
        comment.setId("return-comment");
        comment.setWidthFull();
        comment.setRequiredIndicatorVisible(true);
        Button send = new Button(Messages.get("ui.return"), e -> {
            if (comment.getValue().isBlank()) {
                comment.setInvalid(true);
                comment.setErrorMessage(Messages.get("error.return.comment"));
                return;
            }
            comment.setInvalid(false);
            onReturn.accept(comment.getValue().strip());
        });
        send.setId("return");
        send.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(comment, send);
    }
}
