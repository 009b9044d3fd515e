package vn.dangbo.baocao.issuance;

import static vn.dangbo.baocao.issuance.FormatProfile.Alignment.CENTER;
import static vn.dangbo.baocao.issuance.FormatProfile.Alignment.LEFT;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import vn.dangbo.baocao.issuance.FormatProfile.Alignment;
import vn.dangbo.baocao.issuance.FormatProfile.SignatureBlock;
import vn.dangbo.baocao.issuance.FormatProfile.TextStyle;

/** The borderless closing table: recipients at left, the signature block at right. */
final class SignatureWriter {

    private final SignatureBlock block;
    private final String font;

    SignatureWriter(FormatProfile profile) {
        this.block = profile.signatureBlock();
        this.font = profile.fontFamily();
    }

    void write(XWPFDocument doc, DocumentModel model, int textWidth) {
        XWPFParagraph gap = Paragraphs.layout(doc.createParagraph(), LEFT, 0, 0);
        Paragraphs.exactLines(gap, Math.max(1, block.spaceBeforePt()));
        int left = textWidth * block.leftWidthPercent() / 100;
        XWPFTable table = Tables.create(doc, 1, new int[] {left, textWidth - left}, 0);
        table.getRow(0).setCantSplitRow(true);
        writeRecipients(table.getRow(0).getCell(0), model);
        writeSignature(table.getRow(0).getCell(1), model.signature());
    }

    private void writeRecipients(XWPFTableCell cell, DocumentModel model) {
        line(cell, block.recipientsLabel(), block.recipientsLabelStyle(), LEFT);
        for (String recipient : model.recipients()) {
            String text = recipient.strip();
            if (!text.startsWith("-")) {
                text = block.recipientPrefix() + text;
            }
            line(cell, text, block.recipientLine(), LEFT);
        }
    }

    private void writeSignature(XWPFTableCell cell, DocumentModel.Signature signature) {
        if (signature == null) {
            return;
        }
        line(cell, signature.authority(), block.authority(), CENTER);
        line(cell, signature.title(), block.title(), CENTER);
        for (int i = 0; i < block.signatureEmptyLines(); i++) {
            line(cell, "", block.name(), CENTER);
        }
        line(cell, signature.name(), block.name(), CENTER);
    }

    private void line(XWPFTableCell cell, String text, TextStyle style, Alignment alignment) {
        XWPFParagraph p = Paragraphs.layout(Tables.nextParagraph(cell), alignment, 0, 0);
        Paragraphs.text(p, text == null ? "" : text, style, font);
    }
}
