package vn.dangbo.baocao.issuance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.CurrentActor;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.issuance.IssuanceService;
import vn.dangbo.baocao.issuance.IssuedDocument;
import vn.dangbo.baocao.issuance.RegisterQuery;
import vn.dangbo.baocao.issuance.RegisterSettings;

/** The register of issued documents (sổ văn bản đi): search, Excel export, each document's .docx and PDF. */
@Route("so-van-ban")
@PageTitle("Sổ văn bản đi")
@Menu(title = "Sổ văn bản đi", order = 50)
@RolesAllowed({"OFFICE", "LEADERSHIP", "ADMIN"})
public class RegisterView extends VerticalLayout {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final IssuanceService issuance;
    private final Actor actor;
    private final TextField text = new TextField();
    private final DatePicker from = Dates.picker(Messages.get("ui.register.from"));
    private final DatePicker to = Dates.picker(Messages.get("ui.register.to"));
    private final Grid<IssuedDocument> grid = new Grid<>();

    public RegisterView(IssuanceService issuance, RegisterSettings settings, CurrentActor current) {
        this.issuance = issuance;
        this.actor = current.get();
        setSizeFull();
        add(new H2(Messages.get("ui.register.title")));
        if (actor.has(Role.OFFICE) || actor.has(Role.ADMIN)) {
            add(new RegisterSettingsForm(settings, actor));
        }
        add(filters(), grid);
        columns();
        refresh();
    }

    private HorizontalLayout filters() {
        text.setPlaceholder(Messages.get("ui.register.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidth("22em");
        text.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    IssuanceService.FileDownload file = issuance.registerWorkbook(actor, query());
                    return new DownloadResponse(
                            new ByteArrayInputStream(file.content()), file.fileName(), XLSX, file.content().length);
                }),
                AttachmentType.DOWNLOAD,
                "");
        Button exportButton = new Button(Messages.get("ui.register.export"), VaadinIcon.DOWNLOAD.create());
        export.add(exportButton);
        HorizontalLayout bar = new HorizontalLayout(text, from, to, export);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private void columns() {
        grid.addColumn(IssuedDocument::symbol)
                .setHeader(Messages.get("register.column.symbol"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(d -> Formats.date(d.issuedOn()))
                .setHeader(Messages.get("register.column.date"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(IssuedDocument::title)
                .setHeader(Messages.get("register.column.title"))
                .setFlexGrow(1);
        grid.addColumn(d -> d.sha256().substring(0, 12) + "…")
                .setHeader(Messages.get("register.column.sha256"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setTooltipGenerator(IssuedDocument::sha256);
        grid.addComponentColumn(this::files)
                .setHeader(Messages.get("ui.register.files"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(Messages.get("ui.register.empty"));
        grid.setSizeFull();
    }

    private HorizontalLayout files(IssuedDocument document) {
        Anchor docx = new Anchor("/api/reports/" + document.reportId() + "/document", Messages.get("ui.register.docx"));
        docx.setRouterIgnore(true);
        docx.getElement().setAttribute("download", document.fileName());
        HorizontalLayout box = new HorizontalLayout(docx, pdf(document));
        if (document.awaitingSignature()) {
            Span pending = new Span(Messages.get("ui.register.awaitingSignature"));
            pending.getElement().getThemeList().addAll(List.of("badge", "contrast", "small"));
            issuance.signingFailure(actor, document.reportId())
                    .ifPresent(reason -> pending.getElement().setAttribute("title", reason));
            box.add(pending);
            if (actor.has(Role.LEADERSHIP)) {
                Button sign = new Button(Messages.get("ui.register.signNow"), e -> signLater(document));
                sign.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                sign.setDisableOnClick(true);
                box.add(sign);
            }
        }
        box.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return box;
    }

    /**
     * A plain link, downloaded by the browser with no pop-up to block: the PDF made at issue time, or for an older
     * document the one the kept-alive office process converts on this first request.
     */
    private Component pdf(IssuedDocument document) {
        Anchor pdf =
                new Anchor("/api/reports/" + document.reportId() + "/document.pdf", Messages.get("ui.register.pdf"));
        pdf.setRouterIgnore(true);
        pdf.getElement().setAttribute("download", document.fileName().replaceAll("\\.docx$", "") + ".pdf");
        return pdf;
    }

    private void signLater(IssuedDocument document) {
        try {
            issuance.signLater(actor, document.reportId());
            Notifications.success(Messages.get("signing.later.done", document.symbol()));
        } catch (AppException e) {
            Notifications.error(e);
        }
        refresh();
    }

    private static String pdfName(String docxName) {
        return docxName.toLowerCase(java.util.Locale.ROOT).endsWith(".docx")
                ? docxName.substring(0, docxName.length() - 5) + ".pdf"
                : docxName + ".pdf";
    }

    private RegisterQuery query() {
        return new RegisterQuery(null, text.getValue(), from.getValue(), to.getValue());
    }

    private void refresh() {
        try {
            grid.setItems(issuance.register(actor, query()));
        } catch (AppException e) {
            Notifications.error(e);
        }
    }
}
