package vn.dangbo.baocao.issuance;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;
import vn.dangbo.baocao.issuance.FormatProfile.Alignment;
import vn.dangbo.baocao.issuance.FormatProfile.TextStyle;

/** Paragraph and run formatting in the units Word uses (twips, half-points, eighths of a point). */
final class Paragraphs {

    private Paragraphs() {}

    static int twips(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    static int twipsFromPt(double pt) {
        return (int) Math.round(pt * 20);
    }

    static XWPFParagraph layout(XWPFParagraph p, Alignment alignment, double beforePt, double afterPt) {
        p.setAlignment(
                switch (alignment) {
                    case LEFT -> ParagraphAlignment.LEFT;
                    case CENTER -> ParagraphAlignment.CENTER;
                    case RIGHT -> ParagraphAlignment.RIGHT;
                    case JUSTIFIED -> ParagraphAlignment.BOTH;
                });
        CTSpacing spacing = spacing(p);
        spacing.setBefore(BigInteger.valueOf(twipsFromPt(beforePt)));
        spacing.setAfter(BigInteger.valueOf(twipsFromPt(afterPt)));
        return p;
    }

    static void exactLines(XWPFParagraph p, double pt) {
        CTSpacing spacing = spacing(p);
        spacing.setLine(BigInteger.valueOf(twipsFromPt(pt)));
        spacing.setLineRule(STLineSpacingRule.EXACT);
    }

    static void firstLineIndent(XWPFParagraph p, double mm) {
        ind(p).setFirstLine(BigInteger.valueOf(twips(mm)));
    }

    static void sideIndents(XWPFParagraph p, double mm) {
        CTInd ind = ind(p);
        ind.setLeft(BigInteger.valueOf(twips(mm)));
        ind.setRight(BigInteger.valueOf(twips(mm)));
    }

    /** A drawn rule under the paragraph: a bottom border, not underlined text. */
    static void ruleBelow(XWPFParagraph p, double widthPt) {
        CTPPr ppr = pPr(p);
        CTBorder bottom = (ppr.isSetPBdr() ? ppr.getPBdr() : ppr.addNewPBdr()).addNewBottom();
        bottom.setVal(STBorder.SINGLE);
        bottom.setSz(BigInteger.valueOf(Math.max(2, Math.round(widthPt * 8))));
        bottom.setSpace(BigInteger.ONE);
        bottom.setColor("000000");
    }

    static XWPFRun text(XWPFParagraph p, String text, TextStyle style, String font) {
        XWPFRun run = p.createRun();
        format(run, style, font);
        run.setText(style.apply(text));
        return run;
    }

    static void format(XWPFRun run, TextStyle style, String font) {
        CTRPr rpr =
                run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        fonts.setCs(font);
        fonts.setEastAsia(font);
        if (style.bold()) {
            rpr.addNewB();
            rpr.addNewBCs();
        }
        if (style.italic()) {
            rpr.addNewI();
            rpr.addNewICs();
        }
        if (style.underline()) {
            rpr.addNewU().setVal(STUnderline.SINGLE);
        }
        BigInteger halfPoints = BigInteger.valueOf(Math.round(style.size() * 2));
        rpr.addNewSz().setVal(halfPoints);
        rpr.addNewSzCs().setVal(halfPoints);
    }

    private static CTPPr pPr(XWPFParagraph p) {
        return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }

    private static CTSpacing spacing(XWPFParagraph p) {
        CTPPr ppr = pPr(p);
        return ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
    }

    private static CTInd ind(XWPFParagraph p) {
        CTPPr ppr = pPr(p);
        return ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd();
    }
}
