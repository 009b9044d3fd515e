package vn.dangbo.baocao.issuance;

import static vn.dangbo.baocao.issuance.FormatProfile.Alignment.LEFT;
import static vn.dangbo.baocao.issuance.FormatProfile.Alignment.RIGHT;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import vn.dangbo.baocao.issuance.FormatProfile.PageNumbers;

/**
 * Page headers: the page number (a PAGE field) and, for drafts, the stamp at the right. Page 1 gets
 * its own header (titlePg) when the profile wants no number there.
 */
final class PageHeaders {

    private final FormatProfile profile;
    private final PageNumbers numbers;
    private final String font;

    PageHeaders(FormatProfile profile) {
        this.profile = profile;
        this.numbers = profile.pageNumbers();
        this.font = profile.fontFamily();
    }

    void write(XWPFDocument doc, boolean draft, int textWidth) {
        XWPFParagraph main = paragraph(doc.createHeader(HeaderFooterType.DEFAULT));
        if (draft) {
            tabsForStamp(main, textWidth);
            run(main).addTab();
            pageField(main);
            run(main).addTab();
            stamp(main);
        } else {
            Paragraphs.layout(main, numbers.alignment(), 0, 0);
            pageField(main);
        }
        if (!numbers.onFirstPage()) {
            XWPFParagraph first = paragraph(doc.createHeader(HeaderFooterType.FIRST));
            Paragraphs.layout(first, RIGHT, 0, 0);
            if (draft) {
                stamp(first);
            }
        }
    }

    private static XWPFParagraph paragraph(XWPFHeader header) {
        return header.getParagraphs().isEmpty()
                ? header.createParagraph()
                : header.getParagraphs().get(0);
    }

    private void tabsForStamp(XWPFParagraph p, int textWidth) {
        Paragraphs.layout(p, LEFT, 0, 0);
        var ppr = p.getCTP().getPPr();
        var tabs = ppr.isSetTabs() ? ppr.getTabs() : ppr.addNewTabs();
        CTTabStop centre = tabs.addNewTab();
        centre.setVal(STTabJc.CENTER);
        centre.setPos(BigInteger.valueOf(textWidth / 2));
        CTTabStop right = tabs.addNewTab();
        right.setVal(STTabJc.RIGHT);
        right.setPos(BigInteger.valueOf(textWidth));
    }

    private void stamp(XWPFParagraph p) {
        Paragraphs.text(p, profile.draft().stamp(), profile.draft().stampStyle(), font);
    }

    private void pageField(XWPFParagraph p) {
        fieldChar(p, STFldCharType.BEGIN);
        XWPFRun instruction = run(p);
        CTText text = instruction.getCTR().addNewInstrText();
        text.setStringValue(" PAGE ");
        text.setSpace(SpaceAttribute.Space.PRESERVE);
        fieldChar(p, STFldCharType.SEPARATE);
        run(p).setText("2");
        fieldChar(p, STFldCharType.END);
    }

    private void fieldChar(XWPFParagraph p, STFldCharType.Enum type) {
        run(p).getCTR().addNewFldChar().setFldCharType(type);
    }

    private XWPFRun run(XWPFParagraph p) {
        XWPFRun run = p.createRun();
        Paragraphs.format(run, numbers.style(), font);
        return run;
    }
}
