package vn.dangbo.baocao.organisation.ui;

import static vn.dangbo.baocao.organisation.ui.Forms.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import vn.dangbo.baocao.identity.CurrentActor;
import vn.dangbo.baocao.organisation.OrganisationAdmin;
import vn.dangbo.baocao.organisation.UserSummary;
import vn.dangbo.baocao.organisation.Vocabularies;

/** The administrator's list of users, with their unit, roles and whether they may sign in. */
@Route("quan-tri/nguoi-dung")
@PageTitle("Người dùng")
@Menu(title = "Người dùng", order = 91)
@RolesAllowed("ADMIN")
class UsersView extends VerticalLayout {

    private final OrganisationAdmin admin;
    private final CurrentActor current;
    private final Vocabularies vocabularies;
    private final Grid<UserSummary> grid = new Grid<>();

    UsersView(OrganisationAdmin admin, CurrentActor current, Vocabularies vocabularies) {
        this.admin = admin;
        this.vocabularies = vocabularies;
        this.current = current;
        setSizeFull();
        Button add = new Button(
                t("ui.admin.newUser"),
                e -> UserDialog.create(admin.units(current.get()), positions(), user -> {
                            admin.createUser(current.get(), user);
                            saved();
                        })
                        .open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.addColumn(UserSummary::username).setHeader(t("ui.admin.username")).setAutoWidth(true);
        grid.addColumn(UserSummary::fullName).setHeader(t("ui.admin.fullName")).setFlexGrow(1);
        grid.addColumn(UserSummary::unitName).setHeader(t("ui.admin.unit")).setFlexGrow(1);
        grid.addColumn(u -> u.roles().stream().map(r -> t("role." + r.name())).collect(Collectors.joining(", ")))
                .setHeader(t("ui.admin.roles"))
                .setAutoWidth(true);
        grid.addColumn(u -> u.position() == null ? "" : u.position())
                .setHeader(t("ui.admin.position"))
                .setAutoWidth(true);
        grid.addColumn(u -> t(u.enabled() ? "ui.admin.status.enabled" : "ui.admin.status.disabled"))
                .setHeader(t("ui.admin.enabled"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.setSizeFull();

        add(new HorizontalLayout(new H2(t("ui.admin.users")), add), grid);
        refresh();
    }

    private HorizontalLayout actions(UserSummary user) {
        Button edit = new Button(
                t("ui.admin.edit"),
                e -> UserDialog.edit(user, admin.units(current.get()), positions(), change -> {
                            admin.changeUser(current.get(), user.username(), change);
                            saved();
                        })
                        .open());
        Button password = new Button(
                t("ui.admin.resetPassword"),
                e -> PasswordDialog.reset(user.username(), newPassword -> {
                            admin.resetPassword(current.get(), user.username(), newPassword);
                            Forms.saved(t("ui.password.reset", user.username()));
                        })
                        .open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(edit, password);
    }

    private void saved() {
        Forms.saved(t("ui.admin.saved"));
        refresh();
    }

    private void refresh() {
        grid.setItems(admin.users(current.get()));
    }

    private List<String> positions() {
        return vocabularies.of(current.get().organisationId()).positions();
    }
}
