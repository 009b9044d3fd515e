package vn.dangbo.baocao.signing;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** A two-page A4 report shaped like an issued one: number top left, signature block at the end. */
public final class SamplePdf {

    public static final String NUMBER = "Số 12-BC/ĐU";
    public static final String SIGNER = "Nguyễn Văn An";
    public static final String MARKER = "BAOCAO-MAU";

    private SamplePdf() {}

    public static byte[] create() throws IOException {
        try (PDDocument doc = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            var font = PDType0Font.load(
                    doc, new File("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"));
            PDPage first = new PDPage(PDRectangle.A4);
            PDPage last = new PDPage(PDRectangle.A4);
            doc.addPage(first);
            doc.addPage(last);
            try (var cs = new PDPageContentStream(doc, first)) {
                text(cs, font, 57, 780, "ĐẢNG ỦY XÃ HÒA BÌNH");
                text(cs, font, 90, 760, NUMBER);
                text(cs, font, 200, 700, "BÁO CÁO TÌNH HÌNH THÁNG 11 NĂM 2026");
            }
            try (var cs = new PDPageContentStream(doc, last)) {
                text(cs, font, 380, 600, "T/M ĐẢNG ỦY");
                text(cs, font, 390, 585, "BÍ THƯ");
                text(cs, font, 380, 500, SIGNER);
            }
            doc.getDocumentInformation().setTitle(MARKER);
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    private static void text(PDPageContentStream cs, PDType0Font font, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, 13);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }
}
