package vn.dangbo.baocao.round.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.ui.Notices;

/** A dialog that asks for one required text (a return comment, a reason to close); refusals keep it open. */
class TextDialog extends Dialog {

    TextDialog(String id, String title, String text, String label, String action, Consumer<String> save) {
        setHeaderTitle(title);
        setId(id + "-dialog");
        TextArea field = new TextArea(label);
        field.setId(id + "-text");
        field.setWidthFull();
        add(new Paragraph(text), field);
        setWidth("min(36em, 100vw)");
        Button ok = new Button(action, e -> {
            try {
                save.accept(field.getValue());
                close();
            } catch (AppException ex) {
                ex.violations().stream().findFirst().ifPresent(v -> {
                    field.setErrorMessage(v.message());
                    field.setInvalid(true);
                });
                Notices.error(ex);
            }
        });
        ok.setId(id + "-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button(Messages.get("ui.round.back"), e -> close());
        back.setId(id + "-back");
        getFooter().add(back, ok);
    }
}
