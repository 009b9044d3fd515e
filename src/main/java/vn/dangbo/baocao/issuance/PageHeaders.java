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

    PageHeaders(FormatProfile profile) {
        this.profile = profile;
        this.numbers = profile.pageNumbers();
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
            pageField(main);
        }
        if (!numbers.onFirstPage()) {
            XWPFParagraph first = paragraph(doc.createHeader(HeaderFooterType.FIRST));
            align(first, RIGHT);
            if (draft) {
                stamp(first);
            }
        }
    }

    /** The header's paragraph in the page header style. */
    private static XWPFParagraph paragraph(XWPFHeader header) {
        XWPFParagraph p = header.getParagraphs().isEmpty()
                ? header.createParagraph()
                : header.getParagraphs().get(0);
        return Paragraphs.styled(p, DocumentStyles.PAGE_HEADER);
    }

    private void align(XWPFParagraph p, FormatProfile.Alignment alignment) {
        if (numbers.alignment() != alignment) {
            Paragraphs.align(p, alignment);
        }
    }

    private void tabsForStamp(XWPFParagraph p, int textWidth) {
        align(p, LEFT);
        var ppr = Paragraphs.pPr(p);
        var tabs = ppr.isSetTabs() ? ppr.getTabs() : ppr.addNewTabs();
        CTTabStop centre = tabs.addNewTab();
        centre.setVal(STTabJc.CENTER);
        centre.setPos(BigInteger.valueOf(textWidth / 2));
        CTTabStop right = tabs.addNewTab();
        right.setVal(STTabJc.RIGHT);
        right.setPos(BigInteger.valueOf(textWidth));
    }

    private void stamp(XWPFParagraph p) {
        Paragraphs.text(p, profile.draft().stamp(), profile.draft().stampStyle(), numbers.style());
    }

    private static void pageField(XWPFParagraph p) {
        fieldChar(p, STFldCharType.BEGIN);
        XWPFRun instruction = run(p);
        CTText text = instruction.getCTR().addNewInstrText();
        text.setStringValue(" PAGE ");
        text.setSpace(SpaceAttribute.Space.PRESERVE);
        fieldChar(p, STFldCharType.SEPARATE);
        run(p).setText("2");
        fieldChar(p, STFldCharType.END);
    }

    private static void fieldChar(XWPFParagraph p, STFldCharType.Enum type) {
        run(p).getCTR().addNewFldChar().setFldCharType(type);
    }

    private static XWPFRun run(XWPFParagraph p) {
        return p.createRun();
    }
}
