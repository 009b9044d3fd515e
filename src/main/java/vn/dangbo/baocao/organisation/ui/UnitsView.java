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
import vn.dangbo.baocao.identity.CurrentActor;
import vn.dangbo.baocao.organisation.OrganisationAdmin;
import vn.dangbo.baocao.organisation.UnitSummary;

/** The administrator's list of units: chi bộ, the office and the leadership. */
@Route("quan-tri/don-vi")
@PageTitle("Đơn vị")
@Menu(title = "Đơn vị", order = 90)
@RolesAllowed("ADMIN")
class UnitsView extends VerticalLayout {

    private final OrganisationAdmin admin;
    private final CurrentActor current;
    private final Grid<UnitSummary> grid = new Grid<>();

    UnitsView(OrganisationAdmin admin, CurrentActor current) {
        this.admin = admin;
        this.current = current;
        setSizeFull();
        Button add = new Button(
                t("ui.admin.newUnit"),
                e -> UnitDialog.create(unit -> {
                            admin.createUnit(current.get(), unit);
                            saved();
                        })
                        .open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.addColumn(UnitSummary::code).setHeader(t("ui.admin.code")).setAutoWidth(true);
        grid.addColumn(UnitSummary::name).setHeader(t("ui.admin.name")).setFlexGrow(1);
        grid.addColumn(u -> t("unit.kind." + u.kind().name()))
                .setHeader(t("ui.admin.kind"))
                .setAutoWidth(true);
        grid.addColumn(UnitSummary::users).setHeader(t("ui.admin.userCount")).setAutoWidth(true);
        grid.addColumn(u -> t(u.active() ? "ui.admin.status.enabled" : "ui.admin.status.inactive"))
                .setHeader(t("ui.admin.active"))
                .setAutoWidth(true);
        grid.addComponentColumn(u -> {
                    Button edit = new Button(
                            t("ui.admin.edit"),
                            e -> UnitDialog.edit(u, change -> {
                                        admin.changeUnit(current.get(), u.code(), change);
                                        saved();
                                    })
                                    .open());
                    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    return edit;
                })
                .setAutoWidth(true);
        grid.setSizeFull();

        add(new HorizontalLayout(new H2(t("ui.admin.units")), add), grid);
        refresh();
    }

    private void saved() {
        Forms.saved(t("ui.admin.saved"));
        refresh();
    }

    private void refresh() {
        grid.setItems(admin.units(current.get()));
    }
}
