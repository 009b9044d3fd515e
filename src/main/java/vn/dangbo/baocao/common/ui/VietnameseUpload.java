package vn.dangbo.baocao.common.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;
import vn.dangbo.baocao.common.Messages;

/** The upload's own texts ("Drop file here", "Upload File...") in Vietnamese. */
public final class VietnameseUpload {

    private VietnameseUpload() {}

    public static Upload apply(Upload upload) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(Messages.get("ui.upload.dropOne"))
                .setMany(Messages.get("ui.upload.dropMany")));
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(Messages.get("ui.upload.addOne"))
                .setMany(Messages.get("ui.upload.addMany")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(Messages.get("ui.upload.tooMany"))
                .setFileIsTooBig(Messages.get("ui.upload.tooBig"))
                .setIncorrectFileType(Messages.get("ui.upload.wrongType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(Messages.get("ui.upload.connecting"))
                        .setStalled(Messages.get("ui.upload.stalled"))
                        .setProcessing(Messages.get("ui.upload.processing"))
                        .setHeld(Messages.get("ui.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(Messages.get("ui.upload.remaining"))
                        .setUnknown(Messages.get("ui.upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(Messages.get("ui.upload.serverUnavailable"))
                        .setUnexpectedServerError(Messages.get("ui.upload.serverError"))
                        .setForbidden(Messages.get("ui.upload.forbidden"))));
        i18n.setFile(new UploadI18N.File()
                .setRetry(Messages.get("ui.upload.retry"))
                .setStart(Messages.get("ui.upload.start"))
                .setRemove(Messages.get("ui.upload.remove")));
        i18n.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB")));
        upload.setI18n(i18n);
        return upload;
    }
}
