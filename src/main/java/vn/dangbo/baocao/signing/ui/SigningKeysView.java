package vn.dangbo.baocao.signing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.ui.VietnameseUpload;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.CurrentActor;
import vn.dangbo.baocao.organisation.AppUser;
import vn.dangbo.baocao.signing.SigningKeys;
import vn.dangbo.baocao.signing.SigningPolicy;
import vn.dangbo.baocao.signing.store.KeystoreRows;

/**
 * The administrator installs the organisation's and each signer's PKCS#12 keystore (the .p12 and its password)
 * and chooses what happens when signing fails. The file stays in memory until installed; the password field is
 * cleared after each attempt and never logged.
 */
@Route("quan-tri/chu-ky-so")
@PageTitle("Chữ ký số")
@Menu(title = "Chữ ký số", order = 95)
@RolesAllowed("ADMIN")
class SigningKeysView extends VerticalLayout {

    private static final int MAX_P12 = 1024 * 1024;
    private static final String ORGANISATION = "";

    private final SigningKeys keys;
    private final Actor actor;
    private final Map<String, String> names;
    private final Grid<KeystoreRows.Summary> grid = new Grid<>();
    private final ComboBox<String> owner = new ComboBox<>(Messages.get("ui.signingKeys.owner"));
    private final PasswordField password = new PasswordField(Messages.get("ui.signingKeys.password"));
    private final Upload upload;
    private byte[] pkcs12;

    SigningKeysView(SigningKeys keys, SigningPolicy policy, CurrentActor current) {
        this.keys = keys;
        this.actor = current.get();
        this.names = keys.signerCandidates(actor).stream()
                .collect(Collectors.toMap(AppUser::username, AppUser::fullName, (a, b) -> a));
        setSizeFull();
        add(new H2(Messages.get("ui.signingKeys.title")), new Paragraph(Messages.get("ui.signingKeys.intro")));

        Checkbox signLater =
                new Checkbox(Messages.get("ui.signingKeys.signLater"), policy.signLater(actor.organisationId()));
        signLater.setId("sign-later");
        signLater.addValueChangeListener(e -> {
            policy.set(actor, e.getValue());
            Notification.show(Messages.get("ui.signingKeys.policySaved"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        add(signLater);

        List<String> owners = new ArrayList<>(List.of(ORGANISATION));
        owners.addAll(names.keySet().stream().sorted().toList());
        owner.setItems(owners);
        owner.setItemLabelGenerator(this::ownerLabel);
        owner.setValue(ORGANISATION);
        owner.setId("keystore-owner");
        password.setId("keystore-password");
        upload = VietnameseUpload.apply(new Upload(
                UploadHandler.inMemory((metadata, data) -> getUI().ifPresent(ui -> ui.access(() -> pkcs12 = data)))));
        upload.setId("keystore-file");
        upload.setAcceptedFileTypes(".p12", ".pfx", "application/x-pkcs12");
        upload.setMaxFileSize(MAX_P12);
        upload.setMaxFiles(1);
        Button install = new Button(Messages.get("ui.signingKeys.install"), e -> install());
        install.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        install.setId("keystore-install");
        HorizontalLayout form = new HorizontalLayout(owner, upload, password, install);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        form.setWrap(true);
        add(new H3(Messages.get("ui.signingKeys.installTitle")), form);

        column(s -> ownerLabel(s.ownerUsername() == null ? ORGANISATION : s.ownerUsername()), "owner");
        column(KeystoreRows.Summary::subject, "subject");
        column(KeystoreRows.Summary::issuer, "issuer");
        column(s -> Formats.date(s.notBefore()) + " – " + Formats.date(s.notAfter()), "validity");
        column(s -> s.installedBy() + ", " + Formats.dateTime(s.installedAt()), "installed");
        grid.setId("keystores");
        grid.setEmptyStateText(Messages.get("ui.signingKeys.none"));
        grid.setSizeFull();
        add(new H3(Messages.get("ui.signingKeys.installed")), grid);
        refresh();
    }

    private void column(Function<KeystoreRows.Summary, String> value, String key) {
        grid.addColumn(value::apply)
                .setHeader(Messages.get("ui.signingKeys.column." + key))
                .setAutoWidth(true)
                .setFlexGrow(1);
    }

    private String ownerLabel(String username) {
        return ORGANISATION.equals(username)
                ? Messages.get("ui.signingKeys.organisation")
                : names.getOrDefault(username, username) + " (" + username + ")";
    }

    private void install() {
        char[] secret = password.getValue().toCharArray();
        password.clear();
        if (pkcs12 == null || secret.length == 0) {
            error(Messages.get("signing.install.incomplete"));
            return;
        }
        String username = owner.getValue() == null || owner.getValue().isEmpty() ? null : owner.getValue();
        try {
            keys.install(actor, username, pkcs12, secret);
            pkcs12 = null;
            upload.clearFileList();
            Notification.show(Messages.get("ui.signingKeys.installedOk", ownerLabel(username == null ? "" : username)))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (AppException e) {
            error(e.getMessage());
        }
    }

    private static void error(String text) {
        Notification notification = Notification.show(text, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void refresh() {
        grid.setItems(keys.installedKeystores(actor));
    }
}
