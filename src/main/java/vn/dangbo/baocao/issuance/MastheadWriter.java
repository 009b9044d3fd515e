package vn.dangbo.baocao.issuance;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import vn.dangbo.baocao.issuance.FormatProfile.Line;
import vn.dangbo.baocao.issuance.FormatProfile.Masthead;
import vn.dangbo.baocao.issuance.FormatProfile.TextStyle;

/** The borderless header table: issuing bodies and number at left, national title and date at right. */
final class MastheadWriter {

    private final FormatProfile profile;
    private final Masthead masthead;

    MastheadWriter(FormatProfile profile) {
        this.profile = profile;
        this.masthead = profile.masthead();
    }

    void write(XWPFDocument doc, DocumentModel model, int textWidth) {
        int left = textWidth * masthead.leftWidthPercent() / 100;
        XWPFTable table = Tables.create(doc, 1, new int[] {left, textWidth - left}, 0);
        writeLeft(table.getRow(0).getCell(0), model);
        writeRight(table.getRow(0).getCell(1), model);
        XWPFParagraph gap = Paragraphs.styled(doc.createParagraph(), DocumentStyles.SPACER);
        Paragraphs.exactLines(gap, masthead.spaceAfterPt());
    }

    private void writeLeft(XWPFTableCell cell, DocumentModel model) {
        if (model.superiorBody() != null && !model.superiorBody().isBlank()) {
            line(cell, DocumentStyles.SUPERIOR_BODY, model.superiorBody(), masthead.superiorBody());
        }
        for (String issuerLine : masthead.issuerLines(model.issuerBody())) {
            line(cell, DocumentStyles.ISSUER, issuerLine, masthead.issuer());
        }
        var mark = masthead.issuerMark();
        if (mark.rule()) {
            Paragraphs.styled(Tables.nextParagraph(cell), DocumentStyles.ISSUER_RULE);
        }
        if (mark.text() != null && !mark.text().isEmpty()) {
            line(cell, DocumentStyles.ISSUER_MARK, mark.text(), mark.style());
        }
        line(cell, DocumentStyles.NUMBER, profile.numberLine(symbol(model)), masthead.number());
    }

    private void writeRight(XWPFTableCell cell, DocumentModel model) {
        var title = masthead.nationalTitle();
        for (int i = 0; i < title.size(); i++) {
            Line line = title.get(i);
            line(cell, DocumentStyles.nationalTitle(i), line.text(), line.style());
        }
        if (masthead.titleRuleOwnLine()) {
            Paragraphs.styled(Tables.nextParagraph(cell), DocumentStyles.TITLE_RULE);
        }
        line(cell, DocumentStyles.PLACE_DATE, profile.placeDate(model.place(), model.date()), masthead.placeDate());
    }

    private String symbol(DocumentModel model) {
        if (model.numberSymbol() != null) {
            return model.numberSymbol();
        }
        String blank = profile.draft().blank();
        var type = profile.typeAbbreviation(model.documentTypeName());
        var issuer = profile.issuerCode(model.issuerBody());
        if (type.isEmpty() || issuer.isEmpty()) {
            return blank;
        }
        return profile.numbering().blankSymbol(blank, type.get(), issuer.get());
    }

    private static void line(XWPFTableCell cell, String styleId, String text, TextStyle style) {
        XWPFParagraph p = Paragraphs.styled(Tables.nextParagraph(cell), styleId);
        Paragraphs.text(p, text == null ? "" : text, style);
    }
}
