package vn.dangbo.baocao.issuance;

import static vn.dangbo.baocao.issuance.FormatProfile.Alignment.CENTER;

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
    private final String font;

    MastheadWriter(FormatProfile profile) {
        this.profile = profile;
        this.masthead = profile.masthead();
        this.font = profile.fontFamily();
    }

    void write(XWPFDocument doc, DocumentModel model, int textWidth) {
        int left = textWidth * masthead.leftWidthPercent() / 100;
        XWPFTable table = Tables.create(doc, 1, new int[] {left, textWidth - left}, 0);
        writeLeft(table.getRow(0).getCell(0), model);
        writeRight(table.getRow(0).getCell(1), model);
        XWPFParagraph gap = doc.createParagraph();
        Paragraphs.layout(gap, CENTER, 0, 0);
        Paragraphs.exactLines(gap, masthead.spaceAfterPt());
    }

    private void writeLeft(XWPFTableCell cell, DocumentModel model) {
        if (model.superiorBody() != null && !model.superiorBody().isBlank()) {
            line(cell, model.superiorBody(), masthead.superiorBody());
        }
        for (String issuerLine : masthead.issuerLines(model.issuerBody())) {
            line(cell, issuerLine, masthead.issuer());
        }
        var mark = masthead.issuerMark();
        if (mark.rule()) {
            XWPFParagraph rule = centred(cell);
            Paragraphs.exactLines(rule, 4);
            Paragraphs.sideIndents(rule, mark.ruleIndentMm());
            Paragraphs.ruleBelow(rule, masthead.ruleWidthPt());
        }
        if (mark.text() != null && !mark.text().isEmpty()) {
            line(cell, mark.text(), mark.style());
        }
        line(cell, profile.numberLine(symbol(model)), masthead.number());
    }

    private void writeRight(XWPFTableCell cell, DocumentModel model) {
        var title = masthead.nationalTitle();
        for (int i = 0; i < title.size(); i++) {
            Line line = title.get(i);
            XWPFParagraph p = line(cell, line.text(), line.style());
            if (i == title.size() - 1 && masthead.titleRuleOwnLine()) {
                XWPFParagraph rule = centred(cell);
                Paragraphs.exactLines(rule, 4);
                Paragraphs.sideIndents(rule, masthead.titleRuleIndentMm());
                Paragraphs.ruleBelow(rule, masthead.ruleWidthPt());
            } else if (i == title.size() - 1) {
                Paragraphs.sideIndents(p, masthead.titleRuleIndentMm());
                Paragraphs.ruleBelow(p, masthead.ruleWidthPt());
            }
        }
        XWPFParagraph date = line(cell, profile.placeDate(model.place(), model.date()), masthead.placeDate());
        Paragraphs.layout(date, CENTER, 8, 0);
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

    private XWPFParagraph line(XWPFTableCell cell, String text, TextStyle style) {
        XWPFParagraph p = centred(cell);
        Paragraphs.text(p, text == null ? "" : text, style, font);
        return p;
    }

    private static XWPFParagraph centred(XWPFTableCell cell) {
        return Paragraphs.layout(Tables.nextParagraph(cell), CENTER, 0, 0);
    }
}
