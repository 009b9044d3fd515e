package vn.dangbo.baocao.contribution;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.ZipInspection;

/**
 * The text lines of an uploaded .docx, after the checks that keep hostile files away from POI: a size limit,
 * the ZIP inspection (bombs, DTDs, entities), macros, and the parts every real Word document has.
 */
final class WordFile {

    /** Largest .docx accepted for import (documented in docs/unitwork.md). */
    static final int MAX_BYTES = 5 << 20;

    private WordFile() {}

    /** Refuses anything that is not a plain, safe .docx; nothing is parsed before these checks pass. */
    static void check(byte[] bytes) {
        ZipInspection.checkDocx(bytes, MAX_BYTES);
    }

    /** The document's paragraphs and table rows as lines, in order; call {@link #check} first. */
    static List<String> lines(byte[] bytes) {
        check(bytes);
        List<String> lines = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    lines.add(paragraphText(paragraph));
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cells.add(cell.getText().replaceAll("\\s+", " ").strip());
                        }
                        lines.add(String.join(" | ", cells));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof AppException app) {
                throw app;
            }
            throw AppException.invalid("error.import.unreadable");
        }
        return lines.stream()
                .map(l -> l.replace('\u00a0', ' ').strip())
                .filter(l -> !l.isEmpty())
                .toList();
    }

    private static String paragraphText(XWPFParagraph paragraph) {
        String text = paragraph.getText();
        // Word's own bullets are numbering, not text: keep them as the "-" lines the document expects
        if (paragraph.getNumID() != null && "bullet".equals(paragraph.getNumFmt()) && !text.isBlank()) {
            return "- " + text.strip();
        }
        return text;
    }
}
