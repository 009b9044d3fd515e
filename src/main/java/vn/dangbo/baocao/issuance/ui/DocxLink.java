package vn.dangbo.baocao.issuance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.springframework.modulith.NamedInterface;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.issuance.IssuanceService;

/** A download link of a .docx made by the service when clicked, with the service's file name. */
@NamedInterface("ui")
public final class DocxLink {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private DocxLink() {}

    public static Anchor of(String text, String id, Supplier<IssuanceService.FileDownload> file) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    try {
                        IssuanceService.FileDownload download = file.get();
                        return new DownloadResponse(
                                new ByteArrayInputStream(download.content()),
                                download.fileName(),
                                DOCX,
                                download.content().length);
                    } catch (AppException e) {
                        return DownloadResponse.error(e.status().value(), e.getMessage());
                    }
                }),
                AttachmentType.DOWNLOAD,
                text);
        anchor.setId(id);
        anchor.addClassName("download");
        return anchor;
    }
}
