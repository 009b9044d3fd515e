package vn.dangbo.baocao.template.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.Violation;
import vn.dangbo.baocao.common.ui.VietnameseUpload;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.template.OutlineImport;
import vn.dangbo.baocao.template.TemplateCatalog;
import vn.dangbo.baocao.template.TemplateCatalog.StoredTemplate;

/**
 * "Nhập dàn ý từ Word": the office uploads its outline (.docx), sees the template it makes as an outline with the
 * number of sections and items, then stores it as a new template or downloads its YAML.
 */
class OutlineImportPanel extends VerticalLayout {

    private final OutlineImport importer;
    private final TemplateCatalog catalog;
    private final Actor actor;
    private final Consumer<StoredTemplate> saved;

    final Div preview = new Div();
    final Paragraph summary = new Paragraph();
    final Div outline = new Div();
    final Div problems = new Div();
    final Button save = new Button(Messages.get("ui.templates.import.save"));
    private final Anchor download = new Anchor();
    private OutlineImport.Imported imported;

    OutlineImportPanel(OutlineImport importer, TemplateCatalog catalog, Actor actor, Consumer<StoredTemplate> saved) {
        this.importer = importer;
        this.catalog = catalog;
        this.actor = actor;
        this.saved = saved;
        setPadding(false);
        setId("outline-import");

        summary.setId("outline-import-summary");
        outline.setId("outline-import-outline");
        problems.setId("outline-import-problems");
        problems.setVisible(false);
        save.setId("outline-import-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        download.setId("outline-import-download");
        download.setText(Messages.get("ui.templates.import.download"));
        Button cancel = new Button(Messages.get("ui.templates.import.cancel"), e -> clear());
        cancel.setId("outline-import-cancel");
        HorizontalLayout actions = new HorizontalLayout(save, download, cancel);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        preview.setId("outline-import-preview");
        preview.add(summary, actions, outline);
        preview.setVisible(false);

        add(
                new H3(Messages.get("ui.templates.import.title")),
                new Span(Messages.get("ui.templates.import.hint")),
                upload(),
                problems,
                preview);
    }

    private Upload upload() {
        Upload upload = VietnameseUpload.apply(new Upload());
        upload.setUploadHandler(UploadHandler.inMemory((metadata, data) -> {
            String name = metadata.fileName() == null ? "" : metadata.fileName();
            getUI().ifPresent(ui -> ui.access(() -> {
                if (!name.toLowerCase(Locale.ROOT).endsWith(".docx")) {
                    TemplatesView.error(Messages.get("ui.templates.import.wrongType"));
                } else {
                    uploaded(name, data);
                }
                upload.clearFileList(); // so that the next outline can be uploaded at once
            }));
        }));
        upload.setId("outline-import-upload");
        upload.setAcceptedFileTypes(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(OutlineImport.MAX_BYTES);
        upload.setUploadButton(new Button(Messages.get("ui.templates.import.upload")));
        upload.addFileRejectedListener(e -> TemplatesView.error(
                e.getErrorMessage() != null
                                && e.getErrorMessage().toLowerCase(Locale.ROOT).contains("type")
                        ? Messages.get("ui.templates.import.wrongType")
                        : Messages.get("ui.templates.import.tooLarge")));
        return upload;
    }

    /** Shows the template an uploaded outline makes, or why it makes none. */
    void uploaded(String fileName, byte[] docx) {
        clear();
        try {
            imported = importer.preview(actor, fileName, docx, null);
        } catch (AppException e) {
            showProblems(e);
            return;
        }
        summary.setText(Messages.get(
                "ui.templates.import.summary",
                imported.title(),
                imported.key(),
                imported.sections(),
                imported.items()));
        byte[] bytes = imported.yaml().getBytes(StandardCharsets.UTF_8);
        String file = imported.key() + ".yml";
        download.setHref(DownloadHandler.fromInputStream(event ->
                new DownloadResponse(new ByteArrayInputStream(bytes), file, "application/yaml", bytes.length)));
        download.getElement().setAttribute("download", file);
        for (TemplateOutline.Line line : TemplateOutline.of(imported.template())) {
            outline.add(shown(line));
        }
        preview.setVisible(true);
    }

    private void save() {
        if (imported == null) {
            return;
        }
        try {
            StoredTemplate stored = catalog.upload(actor, imported.yaml());
            Notification.show(Messages.get("ui.templates.uploaded", stored.key(), stored.version()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            clear();
            saved.accept(stored);
        } catch (AppException e) {
            showProblems(e);
        }
    }

    private void clear() {
        imported = null;
        preview.setVisible(false);
        outline.removeAll();
        problems.removeAll();
        problems.setVisible(false);
    }

    private void showProblems(AppException e) {
        TemplatesView.error(e.getMessage());
        problems.removeAll();
        problems.add(new Paragraph(e.getMessage()));
        List<Violation> found = e.violations();
        for (Violation violation : found) {
            problems.add(new Paragraph(violation.field() + ": " + violation.message()));
        }
        problems.setVisible(true);
    }

    private static Component shown(TemplateOutline.Line line) {
        Component shown = line.kind() == TemplateOutline.Kind.HEADING || line.kind() == TemplateOutline.Kind.GUIDANCE
                ? new Paragraph(line.text())
                : new Span(line.text());
        shown.getElement().getClassList().add("outline-" + line.kind().name().toLowerCase(Locale.ROOT));
        shown.getElement()
                .getStyle()
                .set("margin-left", line.level() * 1.5 + "em")
                .set("display", "block")
                .set("white-space", "pre-line");
        return shown;
    }
}
