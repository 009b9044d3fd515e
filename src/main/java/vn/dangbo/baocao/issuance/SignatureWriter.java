package vn.dangbo.baocao.issuance;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import vn.dangbo.baocao.issuance.FormatProfile.SignatureBlock;
import vn.dangbo.baocao.issuance.FormatProfile.TextStyle;

/** The borderless closing table: recipients at left, the signature block at right. */
final class SignatureWriter {

    private final SignatureBlock block;

    SignatureWriter(FormatProfile profile) {
        this.block = profile.signatureBlock();
    }

    void write(XWPFDocument doc, DocumentModel model, int textWidth) {
        XWPFParagraph gap = Paragraphs.styled(doc.createParagraph(), DocumentStyles.SPACER);
        Paragraphs.exactLines(gap, Math.max(1, block.spaceBeforePt()));
        int left = textWidth * block.leftWidthPercent() / 100;
        XWPFTable table = Tables.create(doc, 1, new int[] {left, textWidth - left}, 0);
        table.getRow(0).setCantSplitRow(true);
        writeRecipients(table.getRow(0).getCell(0), model);
        writeSignature(table.getRow(0).getCell(1), model.signature());
    }

    private void writeRecipients(XWPFTableCell cell, DocumentModel model) {
        line(cell, DocumentStyles.RECIPIENTS_LABEL, block.recipientsLabel(), block.recipientsLabelStyle());
        for (String recipient : model.recipients()) {
            String text = recipient.strip();
            if (!text.startsWith("-")) {
                text = block.recipientPrefix() + text;
            }
            line(cell, DocumentStyles.RECIPIENT, text, block.recipientLine());
        }
    }

    private void writeSignature(XWPFTableCell cell, DocumentModel.Signature signature) {
        if (signature == null) {
            return;
        }
        line(cell, DocumentStyles.SIGNATURE_AUTHORITY, signature.authority(), block.authority());
        line(cell, DocumentStyles.SIGNATURE_TITLE, signature.title(), block.title());
        for (int i = 0; i < block.signatureEmptyLines(); i++) {
            line(cell, DocumentStyles.SIGNATURE_NAME, "", block.name());
        }
        line(cell, DocumentStyles.SIGNATURE_NAME, signature.name(), block.name());
    }

    /** A line of the block in its style; an empty line (room to sign) is the paragraph alone. */
    private static void line(XWPFTableCell cell, String styleId, String text, TextStyle style) {
        XWPFParagraph p = Paragraphs.styled(Tables.nextParagraph(cell), styleId);
        if (text != null && !text.isEmpty()) {
            Paragraphs.text(p, text, style);
        }
    }
}
