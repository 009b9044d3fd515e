package vn.dangbo.baocao.contribution.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.List;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.ui.Ids;
import vn.dangbo.baocao.common.ui.Notices;
import vn.dangbo.baocao.contribution.Attachment;
import vn.dangbo.baocao.contribution.AttachmentService;
import vn.dangbo.baocao.identity.Actor;

/** The phụ lục of one unit's part of a section: download each; add and remove while the part is editable. */
class AttachmentsBox extends Div {

    private final AttachmentService attachments;
    private final Actor actor;
    private final long reportId;
    private final String sectionCode;
    private final String sectionHeading;
    private final String unitCode;
    private final boolean editable;
    private final Div list = new Div();

    AttachmentsBox(
            AttachmentService attachments,
            Actor actor,
            long reportId,
            String sectionCode,
            String sectionHeading,
            String unitCode,
            boolean editable) {
        this.attachments = attachments;
        this.actor = actor;
        this.reportId = reportId;
        this.sectionCode = sectionCode;
        this.sectionHeading = sectionHeading == null || sectionHeading.isBlank() ? sectionCode : sectionHeading;
        this.unitCode = unitCode;
        this.editable = editable;
        addClassName("attachments");
        setId(Ids.of("attachments", sectionCode));
        Span title = new Span(Messages.get("ui.editor.attachments"));
        title.addClassName("attachments-title");
        add(title, list);
        if (editable) {
            add(upload());
        }
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<Attachment> files;
        try {
            files = attachments.list(actor, reportId, sectionCode, unitCode);
        } catch (AppException e) {
            Notices.error(e);
            return;
        }
        if (files.isEmpty()) {
            Span none = new Span(Messages.get("ui.editor.attachmentsNone"));
            none.addClassName("meta");
            list.add(none);
        }
        for (Attachment file : files) {
            list.add(row(file));
        }
    }

    private HorizontalLayout row(Attachment file) {
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    AttachmentService.Download d = attachments.download(actor, reportId, sectionCode, file.id());
                    return new DownloadResponse(
                            new ByteArrayInputStream(d.content()), d.fileName(), d.contentType(), d.content().length);
                }),
                AttachmentType.DOWNLOAD,
                file.fileName());
        download.addClassName("attachment-link");
        Span meta = new Span(Messages.get(
                "ui.editor.attachmentMeta",
                file.uploadedBy(),
                Math.max(1, (file.size() + 1023) / 1024),
                Formats.dateTime(file.uploadedAt())));
        meta.addClassName("meta");
        HorizontalLayout row = new HorizontalLayout(VaadinIcon.PAPERCLIP.create(), download, meta);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        row.addClassName("attachment");
        if (editable) {
            Button remove = new Button(Messages.get("ui.editor.remove"), e -> {
                try {
                    attachments.remove(actor, reportId, sectionCode, file.id());
                    Notices.success(Messages.get("ui.editor.removed", file.fileName()));
                } catch (AppException ex) {
                    Notices.error(ex);
                }
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(Messages.get("ui.editor.removeNamed", file.fileName()));
            row.add(remove);
        }
        return row;
    }

    private Upload upload() {
        Upload upload = vn.dangbo.baocao.common.ui.VietnameseUpload.apply(new Upload(UploadHandler.inMemory(
                (metadata, data) -> getUI().ifPresent(ui -> ui.access(() -> {
                    try {
                        Attachment added =
                                attachments.add(actor, reportId, sectionCode, unitCode, metadata.fileName(), data);
                        Notices.success(Messages.get("ui.editor.attached", added.fileName()));
                    } catch (AppException e) {
                        Notices.error(e);
                    }
                    refresh();
                })))));
        upload.setId(Ids.of("attach", sectionCode));
        upload.setAcceptedFileTypes(".xlsx", ".pdf", ".docx");
        upload.setMaxFileSize(AttachmentService.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setDropAllowed(false);
        Button button = new Button(Messages.get("ui.editor.attach"), VaadinIcon.PLUS.create());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        // one such button per section: a screen reader's list of buttons must say which section each is for
        button.setAriaLabel(Messages.get("ui.editor.attachTo", sectionHeading));
        upload.setUploadButton(button);
        upload.addFileRejectedListener(e -> Notices.error(
                e.getErrorMessage() != null
                                && e.getErrorMessage()
                                        .toLowerCase(java.util.Locale.ROOT)
                                        .contains("type")
                        ? Messages.get("ui.editor.attachWrongType")
                        : Messages.get("ui.editor.attachTooLarge")));
        upload.addSucceededListener(e -> upload.clearFileList());
        return upload;
    }
}
