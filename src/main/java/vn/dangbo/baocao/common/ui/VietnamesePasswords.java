package vn.dangbo.baocao.common.ui;

import com.vaadin.flow.component.textfield.PasswordField;
import vn.dangbo.baocao.common.Messages;

/** The password field's eye button is named in Vietnamese ("Show password" otherwise). */
public final class VietnamesePasswords {

    private VietnamesePasswords() {}

    public static PasswordField apply(PasswordField field) {
        field.getElement().executeJs("this.i18n = {...this.i18n, reveal: $0}", Messages.get("ui.password.reveal"));
        return field;
    }

    /** The same for the password field inside a login form, which the form renders itself. */
    public static String loginFormScript() {
        return "const form = this; const name = (n) => {"
                + " const f = form.querySelector('vaadin-password-field');"
                + " if (f) { f.i18n = {...f.i18n, reveal: $0}; } else if (n > 0) setTimeout(() => name(n - 1), 100); };"
                + " name(30);";
    }
}
