package vn.dangbo.baocao.contribution;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.dangbo.baocao.common.AppException;

/**
 * The text lines of an uploaded .docx, after the checks that keep hostile files away from POI: a size limit,
 * the ZIP inspection (bombs, DTDs, entities), macros, and the parts every real Word document has.
 */
final class WordFile {

    /** Largest .docx accepted for import (documented in docs/unitwork.md). */
    static final int MAX_BYTES = 5 << 20;

    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    static {
        // a second line of defence behind ZipInspection, for every POI read in this JVM
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(ZipInspection.Limits.DEFAULT.maxEntryBytes());
    }

    private WordFile() {}

    /** Refuses anything that is not a plain, safe .docx; nothing is parsed before these checks pass. */
    static void check(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw AppException.invalid("error.import.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw AppException.tooLarge("error.import.tooLarge", MAX_BYTES >> 20);
        }
        if (ZipInspection.startsWith(bytes, OLE2_MAGIC)) {
            throw AppException.invalid("error.import.legacy");
        }
        if (!ZipInspection.looksLikeZip(bytes)) {
            throw AppException.invalid("error.import.notDocx");
        }
        ZipInspection.Contents contents = ZipInspection.inspect(bytes, ZipInspection.Limits.DEFAULT);
        if (contents.hasMacros()) {
            throw AppException.invalid("error.import.macro");
        }
        if (!contents.has("[Content_Types].xml") || !contents.has("word/document.xml")) {
            throw AppException.invalid("error.import.notDocx");
        }
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
