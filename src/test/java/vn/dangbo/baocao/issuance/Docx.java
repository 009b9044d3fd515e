package vn.dangbo.baocao.issuance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;

/** Reading helpers for rendered documents. */
final class Docx {

    private Docx() {}

    static XWPFDocument open(byte[] bytes) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> texts(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    static List<String> texts(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream()
                .filter(p -> p.getText().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + text + " in " + texts(doc)));
    }

    static XWPFParagraph paragraph(XWPFTableCell cell, String text) {
        return cell.getParagraphs().stream()
                .filter(p -> p.getText().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + text + " in " + texts(cell)));
    }

    static XWPFRun run(XWPFParagraph p) {
        return p.getRuns().stream()
                .filter(r -> !r.text().isEmpty())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no text run in " + p.getText()));
    }

    static double size(XWPFParagraph p) {
        return run(p).getFontSizeAsDouble();
    }

    static boolean bold(XWPFParagraph p) {
        return run(p).isBold();
    }

    static boolean italic(XWPFParagraph p) {
        return run(p).isItalic();
    }

    static List<String> fonts(XWPFRun run) {
        CTFonts f = run.getCTR().getRPr().getRFontsArray(0);
        return List.of(f.getAscii(), f.getHAnsi(), f.getCs(), f.getEastAsia());
    }

    static boolean hasBottomRule(XWPFParagraph p) {
        var ppr = p.getCTP().getPPr();
        return ppr != null
                && ppr.isSetPBdr()
                && ppr.getPBdr().isSetBottom()
                && "single".equals(ppr.getPBdr().getBottom().getVal().toString());
    }
}
