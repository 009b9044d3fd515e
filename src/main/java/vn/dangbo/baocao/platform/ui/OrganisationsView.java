package vn.dangbo.baocao.platform.ui;

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
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.ui.Notices;
import vn.dangbo.baocao.platform.OrganisationEntry;
import vn.dangbo.baocao.platform.PlatformService;

/** The platform operator's organisations: the hierarchy, the profile, active or read-only. */
@Route(OrganisationsView.PATH)
@PageTitle("Tổ chức")
@Menu(title = "Tổ chức", order = 5)
@RolesAllowed("PLATFORM")
class OrganisationsView extends VerticalLayout {

    static final String PATH = "nen-tang/to-chuc";

    private final PlatformService platform;
    private final Grid<OrganisationEntry> grid = new Grid<>();

    OrganisationsView(PlatformService platform) {
        this.platform = platform;
        setSizeFull();
        Button add = new Button(
                Messages.get("ui.platform.new"),
                e -> OrganisationDialog.create(platform.organisations(), o -> {
                            platform.create(o);
                            saved();
                        })
                        .open());
        add.setId("organisation-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.addColumn(OrganisationEntry::code)
                .setHeader(Messages.get("ui.platform.code"))
                .setAutoWidth(true);
        grid.addColumn(OrganisationEntry::name)
                .setHeader(Messages.get("ui.platform.name"))
                .setFlexGrow(1);
        grid.addColumn(OrganisationEntry::parentCode)
                .setHeader(Messages.get("ui.platform.parent"))
                .setAutoWidth(true);
        grid.addColumn(OrganisationEntry::issuerCode)
                .setHeader(Messages.get("ui.platform.issuerCode"))
                .setAutoWidth(true);
        grid.addColumn(o -> OrganisationDialog.profileLabel(o.formatProfile()))
                .setHeader(Messages.get("ui.platform.formatProfile"))
                .setAutoWidth(true);
        grid.addColumn(o -> Formats.date(o.termStart()))
                .setHeader(Messages.get("ui.platform.termStart"))
                .setAutoWidth(true);
        grid.addColumn(o -> Messages.get(o.active() ? "ui.platform.active" : "ui.platform.inactive"))
                .setHeader(Messages.get("ui.platform.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.setSizeFull();

        add(new HorizontalLayout(new H2(Messages.get("ui.platform.title")), add), grid);
        refresh();
    }

    private HorizontalLayout actions(OrganisationEntry o) {
        Button edit = new Button(
                Messages.get("ui.platform.edit"),
                e -> OrganisationDialog.edit(o, platform.organisations(), change -> {
                            platform.change(o.code(), change);
                            saved();
                        })
                        .open());
        Button state = new Button(Messages.get(o.active() ? "ui.platform.deactivate" : "ui.platform.activate"), e -> {
            try {
                platform.setActive(o.code(), !o.active());
                saved();
            } catch (AppException refused) {
                Notices.error(refused);
            }
        });
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        state.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (o.active()) {
            state.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return new HorizontalLayout(edit, state);
    }

    private void saved() {
        Notices.success(Messages.get("ui.platform.saved"));
        refresh();
    }

    private void refresh() {
        grid.setItems(platform.organisations());
    }
}
