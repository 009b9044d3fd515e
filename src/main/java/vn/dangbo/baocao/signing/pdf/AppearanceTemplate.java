package vn.dangbo.baocao.signing.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * The visible part of a signature: a one-page PDF holding a signature field whose appearance is a
 * red frame with the given lines (PDFBox copies it into the signed document). Vietnamese needs an
 * embedded Unicode font: Liberation Serif 2 (1.07 lacks letters such as "ộ"), else DejaVu Serif.
 */
final class AppearanceTemplate {

    private static final List<Path> FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"),
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"));
    private static final float FONT_SIZE = 8.5f;
    private static final float PADDING = 4;

    private AppearanceTemplate() {}

    static byte[] create(PDRectangle mediaBox, PDRectangle rect, List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(mediaBox);
            doc.addPage(page);
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            form.getCOSObject().setDirect(true);
            form.getFields().add(field);
            widget.setRectangle(rect);
            widget.setPage(page);
            page.getAnnotations().add(widget);

            PDFormXObject xobject = new PDFormXObject(new PDStream(doc));
            xobject.setResources(new PDResources());
            xobject.setFormType(1);
            xobject.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.getCOSObject().setDirect(true);
            PDAppearanceStream stream = new PDAppearanceStream(xobject.getCOSObject());
            appearance.setNormalAppearance(stream);
            widget.setAppearance(appearance);
            draw(doc, stream, rect, lines);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void draw(PDDocument doc, PDAppearanceStream stream, PDRectangle rect, List<String> lines)
            throws IOException {
        PDFont font = font(doc);
        try (PDPageContentStream cs = new PDPageContentStream(doc, stream)) {
            cs.setStrokingColor(0.8f, 0f, 0f);
            cs.setNonStrokingColor(0.8f, 0f, 0f);
            cs.setLineWidth(1);
            cs.addRect(0.5f, 0.5f, rect.getWidth() - 1, rect.getHeight() - 1);
            cs.stroke();
            cs.beginText();
            cs.setFont(font, FONT_SIZE);
            cs.setLeading(FONT_SIZE * 1.25f);
            cs.newLineAtOffset(PADDING, rect.getHeight() - PADDING - FONT_SIZE);
            for (String line : lines) {
                cs.showText(line);
                cs.newLine();
            }
            cs.endText();
        }
    }

    private static PDFont font(PDDocument doc) throws IOException {
        for (Path path : FONTS) {
            if (Files.isReadable(path)) {
                return PDType0Font.load(doc, path.toFile());
            }
        }
        return new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    }
}
