package vn.dangbo.baocao.issuance;

import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.dangbo.baocao.issuance.DocumentModel.Block;
import vn.dangbo.baocao.issuance.DocumentModel.Heading;
import vn.dangbo.baocao.issuance.DocumentModel.Table;
import vn.dangbo.baocao.issuance.DocumentModel.Text;
import vn.dangbo.baocao.issuance.FormatProfile.Body;
import vn.dangbo.baocao.issuance.FormatProfile.TextStyle;
import vn.dangbo.baocao.issuance.FormatProfile.Title;

/** Title, subject, separator, then the body blocks in order and the closing sentence. */
final class BodyWriter {

    private static final int MIN_COLUMN_WEIGHT = 4;
    private static final int MAX_COLUMN_WEIGHT = 40;
    /** A generous average width of a character: 0.6 em, in twips per point of font size. */
    private static final double TWIPS_PER_CHARACTER_POINT = 12;

    private static final int CELL_MARGINS_TWIPS = 2 * 115;

    private final FormatProfile profile;
    private final Body body;

    BodyWriter(FormatProfile profile) {
        this.profile = profile;
        this.body = profile.body();
    }

    void writeTitle(XWPFDocument doc, DocumentModel model) {
        Title title = profile.title();
        paragraph(doc, DocumentStyles.TITLE, model.documentTypeName(), title.documentType());
        for (String line : model.subjectLines()) {
            paragraph(doc, DocumentStyles.SUBJECT, line, title.subject());
        }
        paragraph(doc, DocumentStyles.SEPARATOR, title.separator(), title.separatorStyle());
    }

    void writeBlocks(XWPFDocument doc, List<Block> blocks, int textWidth) {
        for (Block block : blocks) {
            if (block instanceof Heading h) {
                paragraph(doc, DocumentStyles.heading(h.level()), headingText(h), profile.headingStyle(h.level()));
            } else if (block instanceof Text t) {
                t.text()
                        .lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .forEach(line -> paragraph(doc, DocumentStyles.bodyLine(line), line, body.text()));
            } else if (block instanceof Table t) {
                table(doc, t, textWidth);
            } else if (block instanceof DocumentModel.Lead l) {
                lead(doc, l);
            }
        }
    }

    /** A new page, the appendix's title lines centred, then its blocks. */
    void writeAppendix(XWPFDocument doc, DocumentModel.Appendix appendix, int textWidth) {
        Title title = profile.title();
        for (int i = 0; i < appendix.title().size(); i++) {
            if (i == 0) {
                paragraph(doc, DocumentStyles.APPENDIX_TITLE, appendix.title().get(i), title.documentType());
            } else {
                paragraph(doc, DocumentStyles.SUBJECT, appendix.title().get(i), title.subject());
            }
        }
        paragraph(doc, DocumentStyles.SEPARATOR, title.separator(), title.separatorStyle());
        writeBlocks(doc, appendix.body(), textWidth);
    }

    /** "11. Hợp tác quốc tế: Không có.": the heading in its level's style, the text in the body's. */
    private void lead(XWPFDocument doc, DocumentModel.Lead lead) {
        TextStyle style = profile.headingStyle(lead.level());
        String heading = headingText(new Heading(lead.level(), lead.label(), lead.heading()));
        String text = lead.text() == null ? "" : lead.text().strip();
        XWPFParagraph p =
                paragraph(doc, DocumentStyles.heading(lead.level()), text.isEmpty() ? heading : heading + " ", style);
        if (!text.isEmpty()) {
            Paragraphs.text(p, text, body.text(), style);
        }
    }

    void writeClosing(XWPFDocument doc, String closing) {
        if (closing != null && !closing.isBlank()) {
            paragraph(doc, DocumentStyles.BODY, closing.strip(), body.text());
        }
    }

    private static String headingText(Heading h) {
        String label = h.label() == null ? "" : h.label().strip();
        return label.isEmpty() ? h.text() : label + " " + h.text();
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String styleId, String text, TextStyle style) {
        XWPFParagraph p = Paragraphs.styled(doc.createParagraph(), styleId);
        Paragraphs.text(p, text, style);
        return p;
    }

    private void table(XWPFDocument doc, Table data, int textWidth) {
        var format = profile.table();
        int columns = data.header().size();
        if (columns == 0) {
            return;
        }
        XWPFTable table = Tables.create(
                doc, data.rows().size() + 1, widths(data, textWidth, format.fontSize()), format.borderWidthPt());
        XWPFTableRow headerRow = table.getRow(0);
        headerRow.setRepeatHeader(true);
        for (int c = 0; c < columns; c++) {
            write(headerRow, c, data.header().get(c), DocumentStyles.TABLE_HEADER);
        }
        for (int r = 0; r < data.rows().size(); r++) {
            List<String> values = data.rows().get(r);
            for (int c = 0; c < columns; c++) {
                write(table.getRow(r + 1), c, c < values.size() ? values.get(c) : "", DocumentStyles.TABLE);
            }
        }
        XWPFParagraph after = Paragraphs.styled(doc.createParagraph(), DocumentStyles.SPACER);
        Paragraphs.exactLines(after, Math.max(1, format.spaceAfterPt()));
    }

    private static void write(XWPFTableRow row, int column, String text, String styleId) {
        XWPFParagraph p = Paragraphs.styled(Tables.nextParagraph(row.getCell(column)), styleId);
        if (text != null && !text.isEmpty()) {
            p.createRun().setText(text);
        }
    }

    /**
     * Every column is at least as wide as its longest word (so "STT" never breaks into letters);
     * the rest of the width goes in proportion to the longest text, within bounds.
     */
    private static int[] widths(Table data, int textWidth, double fontSize) {
        int columns = data.header().size();
        int[] minimum = new int[columns];
        int[] weights = new int[columns];
        for (int c = 0; c < columns; c++) {
            int longest = data.header().get(c).length() / 2;
            int word = longestWord(data.header().get(c));
            for (List<String> row : data.rows()) {
                if (c < row.size() && row.get(c) != null) {
                    longest = Math.max(longest, row.get(c).length());
                    word = Math.max(word, longestWord(row.get(c)));
                }
            }
            minimum[c] = (int) Math.round(word * fontSize * TWIPS_PER_CHARACTER_POINT) + CELL_MARGINS_TWIPS;
            weights[c] = Math.min(MAX_COLUMN_WEIGHT, Math.max(MIN_COLUMN_WEIGHT, longest));
        }
        int spare = textWidth;
        int total = 0;
        for (int c = 0; c < columns; c++) {
            spare -= minimum[c];
            total += weights[c];
        }
        int[] widths = new int[columns];
        if (spare < 0) {
            spare = 0;
            Arrays.fill(minimum, textWidth / columns);
        }
        int used = 0;
        for (int c = 0; c < columns - 1; c++) {
            widths[c] = minimum[c] + spare * weights[c] / total;
            used += widths[c];
        }
        widths[columns - 1] = textWidth - used;
        return widths;
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }
}
