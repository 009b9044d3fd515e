package vn.dangbo.baocao.issuance;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;
import vn.dangbo.baocao.issuance.FormatProfile.Alignment;
import vn.dangbo.baocao.issuance.FormatProfile.TextStyle;

/**
 * Paragraph and run properties in the units Word uses (twips, half-points, eighths of a point), written either
 * into a named style ({@link DocumentStyles}) or, where a paragraph differs from its style, onto the paragraph.
 */
final class Paragraphs {

    private Paragraphs() {}

    static int twips(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    static int twipsFromPt(double pt) {
        return (int) Math.round(pt * 20);
    }

    /** A paragraph in the named style: its only own property. */
    static XWPFParagraph styled(XWPFParagraph p, String styleId) {
        pPr(p).addNewPStyle().setVal(styleId);
        return p;
    }

    /** A run of the text in the paragraph's style ({@code style} only upper-cases it when it says caps). */
    static XWPFRun text(XWPFParagraph p, String text, TextStyle style) {
        XWPFRun run = p.createRun();
        run.setText(style.apply(text));
        return run;
    }

    /** A run whose formatting differs from the paragraph's style: only the differences are written. */
    static XWPFRun text(XWPFParagraph p, String text, TextStyle style, TextStyle paragraphStyle) {
        XWPFRun run = text(p, text, style);
        if (!style.equals(paragraphStyle)) {
            characters(run.getCTR().addNewRPr(), style, paragraphStyle);
        }
        return run;
    }

    /**
     * Bold, italic, underline and size of {@code style}; with a {@code base}, only what differs from it (a bold
     * heading's plain text is "not bold"), without one, every property that is on and the size.
     */
    static void characters(CTRPr rpr, TextStyle style, TextStyle base) {
        if (base == null ? style.bold() : style.bold() != base.bold()) {
            onOff(rpr.addNewB(), style.bold());
            onOff(rpr.addNewBCs(), style.bold());
        }
        if (base == null ? style.italic() : style.italic() != base.italic()) {
            onOff(rpr.addNewI(), style.italic());
            onOff(rpr.addNewICs(), style.italic());
        }
        if (base == null ? style.underline() : style.underline() != base.underline()) {
            rpr.addNewU().setVal(style.underline() ? STUnderline.SINGLE : STUnderline.NONE);
        }
        if (base == null || style.size() != base.size()) {
            BigInteger halfPoints = BigInteger.valueOf(Math.round(style.size() * 2));
            rpr.addNewSz().setVal(halfPoints);
            rpr.addNewSzCs().setVal(halfPoints);
        }
    }

    private static void onOff(CTOnOff value, boolean on) {
        if (!on) {
            value.setVal(STOnOff1.OFF);
        }
    }

    static void layout(CTPPrBase ppr, Alignment alignment, double beforePt, double afterPt) {
        ppr.addNewJc().setVal(jc(alignment));
        CTSpacing spacing = spacing(ppr);
        spacing.setBefore(BigInteger.valueOf(twipsFromPt(beforePt)));
        spacing.setAfter(BigInteger.valueOf(twipsFromPt(afterPt)));
    }

    /** Only the alignment, on a paragraph whose style has another. */
    static void align(XWPFParagraph p, Alignment alignment) {
        CTPPr ppr = pPr(p);
        (ppr.isSetJc() ? ppr.getJc() : ppr.addNewJc()).setVal(jc(alignment));
    }

    private static STJc.Enum jc(Alignment alignment) {
        return switch (alignment) {
            case LEFT -> STJc.LEFT;
            case CENTER -> STJc.CENTER;
            case RIGHT -> STJc.RIGHT;
            case JUSTIFIED -> STJc.BOTH;
        };
    }

    static void exactLines(CTPPrBase ppr, double pt) {
        CTSpacing spacing = spacing(ppr);
        spacing.setLine(BigInteger.valueOf(twipsFromPt(pt)));
        spacing.setLineRule(STLineSpacingRule.EXACT);
    }

    static void exactLines(XWPFParagraph p, double pt) {
        exactLines(pPr(p), pt);
    }

    static void firstLineIndent(CTPPrBase ppr, double mm) {
        ind(ppr).setFirstLine(BigInteger.valueOf(twips(mm)));
    }

    static void sideIndents(CTPPrBase ppr, double mm) {
        CTInd ind = ind(ppr);
        ind.setLeft(BigInteger.valueOf(twips(mm)));
        ind.setRight(BigInteger.valueOf(twips(mm)));
    }

    /** A drawn rule under the paragraph: a bottom border, not underlined text. */
    static void ruleBelow(CTPPrBase ppr, double widthPt) {
        CTBorder bottom = (ppr.isSetPBdr() ? ppr.getPBdr() : ppr.addNewPBdr()).addNewBottom();
        bottom.setVal(STBorder.SINGLE);
        bottom.setSz(BigInteger.valueOf(Math.max(2, Math.round(widthPt * 8))));
        bottom.setSpace(BigInteger.ONE);
        bottom.setColor("000000");
    }

    static CTPPr pPr(XWPFParagraph p) {
        return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }

    private static CTSpacing spacing(CTPPrBase ppr) {
        return ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
    }

    private static CTInd ind(CTPPrBase ppr) {
        return ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd();
    }
}
