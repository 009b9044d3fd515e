package vn.dangbo.baocao.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.dangbo.baocao.common.Messages;

@Route(value = "login", autoLayout = false)
@PageTitle("Đăng nhập")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        getElement().setAttribute("role", "main");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        // after a wrong password the username stays: remembered in this tab only, never the password
        form.getElement()
                .executeJs("this.addEventListener('login', e => sessionStorage.setItem("
                        + "'baocao.lastUser', e.detail.username))");
        form.getElement()
                .executeJs(
                        vn.dangbo.baocao.common.ui.VietnamesePasswords.loginFormScript(),
                        Messages.get("ui.password.reveal"));
        add(new H1(Messages.get("app.title")), new Paragraph(Messages.get("ui.login.subtitle")), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean error = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        form.setError(error);
        if (error) {
            form.getElement()
                    .executeJs("const form = this; const fill = (n) => {"
                            + "const user = form.querySelector('#vaadinLoginUsername');"
                            + "const last = sessionStorage.getItem('baocao.lastUser');"
                            + "if (user && last) { user.value = last;"
                            + " const pass = form.querySelector('#vaadinLoginPassword'); if (pass) pass.focus(); }"
                            + "else if (n > 0) setTimeout(() => fill(n - 1), 100); }; fill(20);");
        }
    }

    private static LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(Messages.get("ui.login.title"));
        f.setUsername(Messages.get("ui.login.username"));
        f.setPassword(Messages.get("ui.login.password"));
        f.setSubmit(Messages.get("ui.login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(Messages.get("ui.login.errorTitle"));
        error.setMessage(Messages.get("ui.login.errorMessage"));
        error.setUsername(Messages.get("ui.login.usernameRequired"));
        error.setPassword(Messages.get("ui.login.passwordRequired"));
        return i18n;
    }
}
