package vn.dangbo.baocao.organisation.ui;

import static vn.dangbo.baocao.organisation.ui.Forms.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.CurrentActor;
import vn.dangbo.baocao.organisation.OrganisationAdmin;

/** The signed-in user's own account: who they are, for which unit, and their password. */
@Route("tai-khoan")
@PageTitle("Tài khoản")
@Menu(title = "Tài khoản", order = 100)
@PermitAll
class AccountView extends VerticalLayout {

    AccountView(OrganisationAdmin admin, CurrentActor current) {
        Actor actor = current.get();
        FormLayout facts = new FormLayout();
        facts.addFormItem(new Span(actor.username()), t("ui.admin.username"));
        facts.addFormItem(new Span(actor.fullName()), t("ui.admin.fullName"));
        facts.addFormItem(new Span(actor.unit().name()), t("ui.admin.unit"));
        facts.addFormItem(
                new Span(actor.roles().stream()
                        .sorted()
                        .map(r -> t("role." + r.name()))
                        .collect(Collectors.joining(", "))),
                t("ui.admin.roles"));
        if (actor.position() != null) {
            facts.addFormItem(new Span(actor.position()), t("ui.admin.position"));
        }
        Button password = new Button(
                t("ui.password.title"),
                e -> PasswordDialog.own((currentPassword, newPassword) -> {
                            admin.changeOwnPassword(current.get(), currentPassword, newPassword);
                            current.reload();
                            Forms.saved(t("ui.password.changed"));
                        })
                        .open());
        add(new H2(t("ui.account")), facts, password);
    }
}
