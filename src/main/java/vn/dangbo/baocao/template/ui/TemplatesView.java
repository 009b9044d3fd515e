package vn.dangbo.baocao.template.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.Violation;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.CurrentActor;
import vn.dangbo.baocao.template.OutlineImport;
import vn.dangbo.baocao.template.TemplateCatalog;
import vn.dangbo.baocao.template.TemplateCatalog.StoredTemplate;

/** The organisation's templates: the list, one shown as an outline, uploading a new version, downloading one. */
@Route("mau-bao-cao")
@PageTitle("Mẫu báo cáo")
@Menu(title = "Mẫu báo cáo", order = 80)
@RolesAllowed({"OFFICE", "ADMIN"})
public class TemplatesView extends VerticalLayout {

    static final int MAX_BYTES = 1024 * 1024;

    private final TemplateCatalog catalog;
    private final Actor actor;
    final Grid<StoredTemplate> list = new Grid<>();
    final Grid<Violation> problems = new Grid<>();
    private final Paragraph problemsTitle = new Paragraph();
    final Select<StoredTemplate> versions = new Select<>();
    private final Anchor download = new Anchor();
    final Div outline = new Div();

    public TemplatesView(TemplateCatalog catalog, CurrentActor current, OutlineImport outlineImport) {
        this.catalog = catalog;
        this.actor = current.get();
        setSizeFull();
        add(new H2(Messages.get("ui.templates.title")));

        list.addColumn(StoredTemplate::key)
                .setHeader(Messages.get("ui.templates.column.id"))
                .setAutoWidth(true);
        list.addColumn(StoredTemplate::version)
                .setHeader(Messages.get("ui.templates.column.version"))
                .setAutoWidth(true);
        list.addColumn(StoredTemplate::title)
                .setHeader(Messages.get("ui.templates.column.title"))
                .setFlexGrow(1);
        list.addThemeVariants(GridVariant.LUMO_COMPACT);
        list.setAllRowsVisible(true);
        list.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                showVersions(e.getValue());
            }
        });

        versions.setLabel(Messages.get("ui.templates.version"));
        versions.setItemLabelGenerator(t -> Messages.get("ui.templates.versionLabel", t.version()));
        versions.addValueChangeListener(e -> show(e.getValue()));
        download.setText(Messages.get("ui.templates.download"));
        download.setVisible(false);
        HorizontalLayout tools = new HorizontalLayout(versions, download);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        versions.setVisible(false);
        outline.addClassName("template-outline");
        outline.add(new Paragraph(Messages.get("ui.templates.empty")));

        add(EditorButtons.of(list));
        add(list, uploadBox(), tools, outline);
        addComponentAtIndex(3, new OutlineImportPanel(outlineImport, catalog, actor, this::refresh));
        refresh(null);
    }

    private Component uploadBox() {
        Upload upload = vn.dangbo.baocao.common.ui.VietnameseUpload.apply(new Upload(UploadHandler.inMemory(
                (metadata, data) -> {
                    String name = metadata.fileName() == null
                            ? ""
                            : metadata.fileName().toLowerCase(Locale.ROOT);
                    boolean accepted = name.endsWith(".yml") || name.endsWith(".yaml") || name.endsWith(".json");
                    String source = new String(data, StandardCharsets.UTF_8);
                    getUI().ifPresent(ui -> ui.access(() -> {
                        if (!accepted) {
                            error(Messages.get("ui.templates.wrongType"));
                        } else if (data.length > MAX_BYTES) {
                            error(Messages.get("ui.templates.tooLarge"));
                        } else {
                            uploaded(source);
                        }
                    }));
                })));
        upload.setAcceptedFileTypes(".yml", ".yaml", ".json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setUploadButton(new com.vaadin.flow.component.button.Button(Messages.get("ui.templates.upload")));
        upload.addFileRejectedListener(e -> error(
                e.getErrorMessage() != null
                                && e.getErrorMessage().toLowerCase(Locale.ROOT).contains("type")
                        ? Messages.get("ui.templates.wrongType")
                        : Messages.get("ui.templates.tooLarge")));
        problems.addColumn(Violation::field)
                .setHeader(Messages.get("ui.templates.problem.path"))
                .setAutoWidth(true);
        problems.addColumn(Violation::message)
                .setHeader(Messages.get("ui.templates.problem.message"))
                .setFlexGrow(1);
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
        problemsTitle.setVisible(false);
        problemsTitle.addClassName("template-problems-title");
        VerticalLayout box = new VerticalLayout(
                new H3(Messages.get("ui.templates.upload")),
                new Span(Messages.get("ui.templates.uploadHint")),
                upload,
                problemsTitle,
                problems);
        box.setPadding(false);
        return box;
    }

    void uploaded(String source) {
        try {
            StoredTemplate stored = catalog.upload(actor, source);
            problems.setVisible(false);
            problemsTitle.setVisible(false);
            Notification.show(Messages.get("ui.templates.uploaded", stored.key(), stored.version()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh(stored);
        } catch (AppException e) {
            List<Violation> found =
                    e.violations().isEmpty() ? List.of(new Violation("", e.getMessage())) : e.violations();
            problemsTitle.setText(Messages.get("ui.templates.refused", found.size()));
            problems.setItems(found);
            problemsTitle.setVisible(true);
            problems.setVisible(true);
        }
    }

    private void refresh(StoredTemplate select) {
        List<StoredTemplate> latest = catalog.latest(actor.organisationId());
        list.setItems(latest);
        if (select != null) {
            latest.stream()
                    .filter(t -> t.key().equals(select.key()))
                    .findFirst()
                    .ifPresent(list::select);
        }
    }

    private void showVersions(StoredTemplate latest) {
        List<StoredTemplate> all = catalog.versions(actor.organisationId(), latest.key());
        versions.setItems(all);
        versions.setVisible(true);
        versions.setValue(all.isEmpty() ? null : all.get(0));
    }

    private void show(StoredTemplate stored) {
        outline.removeAll();
        download.setVisible(stored != null);
        if (stored == null) {
            return;
        }
        byte[] bytes = stored.source().getBytes(StandardCharsets.UTF_8);
        String file = stored.key() + "-v" + stored.version() + ".yml";
        download.setHref(DownloadHandler.fromInputStream(event ->
                new DownloadResponse(new ByteArrayInputStream(bytes), file, "application/yaml", bytes.length)));
        download.getElement().setAttribute("download", file);
        outline.add(new H3(stored.title() + " — " + Messages.get("ui.templates.versionLabel", stored.version())));
        for (TemplateOutline.Line line : TemplateOutline.of(catalog.template(stored))) {
            Component shown = switch (line.kind()) {
                case HEADING -> new Paragraph(line.text());
                case GUIDANCE -> new Paragraph(line.text());
                default -> new Span(line.text());
            };
            shown.getElement()
                    .getClassList()
                    .add("outline-" + line.kind().name().toLowerCase(Locale.ROOT));
            shown.getElement()
                    .getStyle()
                    .set("margin-left", line.level() * 1.5 + "em")
                    .set("display", "block")
                    .set("white-space", "pre-line");
            outline.add(shown);
        }
    }

    static void error(String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
