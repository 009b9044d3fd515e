package vn.dangbo.baocao.issuance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.Supplier;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.issuance.DocumentVerification;
import vn.dangbo.baocao.issuance.DocumentVerifier;
import vn.dangbo.baocao.issuance.VerifyRoute;
import vn.dangbo.baocao.signing.VerifiedSignature;

/** Public page: anyone holding an issued document uploads it or enters its hash and sees what it is. */
@Route(value = VerifyRoute.PATH, autoLayout = false)
@PageTitle("Kiểm tra văn bản")
@AnonymousAllowed
class VerifyView extends VerticalLayout {

    private final DocumentVerifier verifier;
    private final Div result = new Div();

    VerifyView(DocumentVerifier verifier) {
        this.verifier = verifier;
        result.setId("verify-result");
        TextField hash = new TextField(Messages.get("ui.verify.hash"));
        hash.setId("verify-hash");
        hash.setWidth("40em");
        Button check = new Button(Messages.get("ui.verify.check"), e -> show(() -> verifier.byHash(hash.getValue())));
        check.setId("verify-check");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) ->
                getUI().ifPresent(ui -> ui.access(() -> show(() -> verifier.file(data))))));
        upload.setId("verify-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".pdf", "application/pdf", ".docx");
        upload.setUploadButton(new Button(Messages.get("ui.verify.upload")));
        HorizontalLayout byHash = new HorizontalLayout(hash, check);
        byHash.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(
                new H1(Messages.get("ui.verify.title")),
                new Paragraph(Messages.get("ui.verify.intro")),
                upload,
                byHash,
                result);
    }

    private void show(Supplier<DocumentVerification> check) {
        result.removeAll();
        try {
            render(check.get());
        } catch (AppException e) {
            result.add(line("verify-error", e.getMessage()));
        }
    }

    private void render(DocumentVerification v) {
        result.add(line("verify-hash-value", Messages.get("ui.verify.sha256", v.sha256())));
        if (v.registered()) {
            result.add(
                    line("verify-issued-by", Messages.get("ui.verify.issuedBy", v.issuedBy())),
                    line("verify-number", Messages.get("ui.verify.number", v.number())),
                    line("verify-date", Messages.get("ui.verify.date", Formats.date(v.issuedOn()))),
                    line("verify-title", Messages.get("ui.verify.docTitle", v.title())));
        } else {
            result.add(line("verify-unregistered", Messages.get("ui.verify.unregistered")));
        }
        if (v.unchanged() == null) {
            result.add(line("verify-status", Messages.get("ui.verify.noSignatures")));
            return;
        }
        result.add(line("verify-status", Messages.get(v.unchanged() ? "ui.verify.unchanged" : "ui.verify.changed")));
        int i = 1;
        for (VerifiedSignature s : v.signatures()) {
            result.add(
                    new H3(Messages.get("ui.verify.signature", i++, s.name())),
                    line(
                            null,
                            Messages.get(
                                    "ui.verify.signer",
                                    s.subject(),
                                    s.issuer(),
                                    Formats.dateTime(s.notBefore()),
                                    Formats.dateTime(s.notAfter()),
                                    s.signingTime() == null ? "—" : Formats.dateTime(s.signingTime()),
                                    Messages.get(s.intact() ? "ui.verify.intact" : "ui.verify.broken"))));
            if (s.timestamp() != null) {
                result.add(line(null, Messages.get("ui.verify.timestamp", Formats.dateTime(s.timestamp()))));
            }
        }
    }

    private static Paragraph line(String id, String text) {
        Paragraph p = new Paragraph(text);
        if (id != null) {
            p.setId(id);
        }
        return p;
    }
}
