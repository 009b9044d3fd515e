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

    // POI asks TransformerFactory.newInstance() for every XML part it saves; unless the factory is named, the JDK
    // searches the class path's service files for one each time (7% of rendering a report, profiled)
    private static final String TRANSFORMER_FACTORY = "javax.xml.transform.TransformerFactory";

    static {
        if (System.getProperty(TRANSFORMER_FACTORY) == null) {
            System.setProperty(
                    TRANSFORMER_FACTORY, "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
        }
    }

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
            PageSections sections = new PageSections(profile);
            for (DocumentModel.Appendix appendix : model.appendices()) {
                boolean newSection = sections.start(doc, appendix.landscape());
                int first = doc.getParagraphs().size();
                body.writeAppendix(doc, appendix, sections.textWidth());
                if (newSection) {
                    doc.getParagraphs().get(first).setPageBreak(false);
                }
            }
            new PageHeaders(profile).write(doc, model.draft(), textWidth);
            sections.finish(doc);
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
