package vn.dangbo.baocao.signing.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Finds where a text is drawn in a PDF: page index and box in PDF user space (origin bottom left). */
final class TextLocator extends PDFTextStripper {

    record Found(int page, PDRectangle box) {}

    private final String needle;
    private final List<Found> found = new ArrayList<>();
    private int page;

    private TextLocator(String needle) {
        this.needle = needle;
        setSortByPosition(true);
    }

    static List<Found> find(PDDocument document, String needle) throws IOException {
        TextLocator locator = new TextLocator(needle);
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            locator.page = i;
            locator.setStartPage(i + 1);
            locator.setEndPage(i + 1);
            locator.writeText(document, new StringWriter());
        }
        return locator.found;
    }

    static Optional<Found> first(PDDocument document, String needle) throws IOException {
        return find(document, needle).stream().findFirst();
    }

    static Optional<Found> last(PDDocument document, String needle) throws IOException {
        List<Found> all = find(document, needle);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        int at = text.indexOf(needle);
        while (at >= 0 && at + needle.length() <= positions.size()) {
            found.add(new Found(page, box(positions.subList(at, at + needle.length()))));
            at = text.indexOf(needle, at + needle.length());
        }
        super.writeString(text, positions);
    }

    private PDRectangle box(List<TextPosition> glyphs) {
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float baseline = -Float.MAX_VALUE;
        for (TextPosition glyph : glyphs) {
            left = Math.min(left, glyph.getXDirAdj());
            right = Math.max(right, glyph.getXDirAdj() + glyph.getWidthDirAdj());
            top = Math.min(top, glyph.getYDirAdj() - glyph.getHeightDir());
            baseline = Math.max(baseline, glyph.getYDirAdj());
        }
        float pageHeight = glyphs.get(0).getPageHeight();
        return new PDRectangle(left, pageHeight - baseline, right - left, baseline - top);
    }
}
