package vn.dangbo.baocao.issuance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.dangbo.baocao.common.Messages;

/**
 * Renders a document model to .docx in the layout of a {@link FormatProfile}; every layout value
 * comes from the profile. The output depends only on the model and the profile: no clock, no ids.
 */
public final class DocxRenderer implements DocumentRenderer {

    private final FormatProfile profile;

    public DocxRenderer(FormatProfile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    @Override
    public byte[] render(DocumentModel model) {
        Objects.requireNonNull(model, "model");
        FormatProfile profile = model.format() == null || model.format().equals(this.profile.id())
                ? this.profile
                : FormatProfiles.cached(model.format());
        int textWidth = PageSetup.textWidth(profile);
        XWPFDocument doc = new XWPFDocument();
        try {
            PageSetup.apply(doc, profile, title(model));
            new MastheadWriter(profile).write(doc, model, textWidth);
            BodyWriter body = new BodyWriter(profile);
            body.writeTitle(doc, model);
            body.writeBlocks(doc, model.body(), textWidth);
            body.writeClosing(doc, model.closing());
            new SignatureWriter(profile).write(doc, model, textWidth);
            for (DocumentModel.Appendix appendix : model.appendices()) {
                body.writeAppendix(doc, appendix, textWidth);
            }
            new PageHeaders(profile).write(doc, model.draft(), textWidth);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return StableZip.normalize(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("docx.failed", e.getMessage()), e);
        } finally {
            // close() would save the whole package a second time into a buffer nobody reads; revert only lets go
            doc.getPackage().revert();
        }
    }

    private static String title(DocumentModel model) {
        return (model.documentTypeName() + " " + String.join(" ", model.subjectLines())).strip();
    }
}
