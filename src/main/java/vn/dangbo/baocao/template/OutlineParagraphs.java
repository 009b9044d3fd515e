package vn.dangbo.baocao.template;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.ZipInspection;

/**
 * The body paragraphs of an outline (.docx) with what Word's automatic numbering puts before them. Tables are left
 * out: in a Party document they hold the masthead, not the outline.
 */
final class OutlineParagraphs {

    /** Largest .docx accepted, as for a unit's Word import. */
    static final int MAX_BYTES = 5 << 20;

    /** Seed 000 has about 150 paragraphs; an outline of thousands is not an outline. */
    static final int MAX_PARAGRAPHS = 5000;

    /** What Word's numbering shows before a paragraph. */
    enum Auto {
        NONE,
        LETTER,
        ROMAN,
        ARABIC,
        DECIMAL,
        POINT,
        BULLET
    }

    /**
     * @param level the list level (0 for the outermost), for bullets
     */
    record Paragraph(String text, Auto auto, int level) {}

    private OutlineParagraphs() {}

    static List<Paragraph> read(byte[] bytes) {
        ZipInspection.checkDocx(bytes, MAX_BYTES);
        List<Paragraph> out = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            int count = 0;
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    if (++count > MAX_PARAGRAPHS) {
                        throw AppException.invalid("template.import.tooManyParagraphs", count, MAX_PARAGRAPHS);
                    }
                    out.add(paragraph(document, paragraph));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof AppException app) {
                throw app;
            }
            throw AppException.invalid("error.import.unreadable");
        }
        return out;
    }

    private static Paragraph paragraph(XWPFDocument document, XWPFParagraph paragraph) {
        String text = Normalizer.normalize(paragraph.getText(), Normalizer.Form.NFC)
                .replace('\u00a0', ' ')
                .replace('\t', ' ')
                .strip();
        CTNumPr numPr = numPr(document, paragraph);
        if (numPr == null || numPr.getNumId() == null) {
            return new Paragraph(text, Auto.NONE, 0);
        }
        int level = numPr.getIlvl() == null ? 0 : numPr.getIlvl().getVal().intValue();
        CTLvl lvl = level(document.getNumbering(), numPr.getNumId().getVal(), level);
        return new Paragraph(text, auto(lvl), level);
    }

    /** The paragraph's own numbering, or its style's (a "Heading 1" linked to a list). */
    private static CTNumPr numPr(XWPFDocument document, XWPFParagraph paragraph) {
        if (paragraph.getCTP().getPPr() != null && paragraph.getCTP().getPPr().getNumPr() != null) {
            return paragraph.getCTP().getPPr().getNumPr();
        }
        String styleId = paragraph.getStyleID();
        for (int depth = 0; styleId != null && document.getStyles() != null && depth < 10; depth++) {
            XWPFStyle style = document.getStyles().getStyle(styleId);
            if (style == null) {
                return null;
            }
            if (style.getCTStyle().getPPr() != null
                    && style.getCTStyle().getPPr().getNumPr() != null) {
                return style.getCTStyle().getPPr().getNumPr();
            }
            styleId = style.getBasisStyleID();
        }
        return null;
    }

    private static CTLvl level(XWPFNumbering numbering, BigInteger numId, int level) {
        if (numbering == null || numId == null || numId.signum() == 0) {
            return null; // numId 0 switches numbering off
        }
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return null;
        }
        XWPFAbstractNum abstractNum =
                numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (abstractNum == null) {
            return null;
        }
        for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
            if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level) {
                return lvl;
            }
        }
        return null;
    }

    private static Auto auto(CTLvl lvl) {
        if (lvl == null || lvl.getNumFmt() == null) {
            return Auto.NONE;
        }
        String format = lvl.getNumFmt().getVal().toString();
        String text = lvl.getLvlText() == null ? "" : lvl.getLvlText().getVal();
        return switch (format) {
            case "bullet" -> Auto.BULLET;
            case "upperLetter" -> Auto.LETTER;
            case "upperRoman" -> Auto.ROMAN;
            case "lowerLetter", "lowerRoman" -> Auto.POINT;
            case "none" -> Auto.NONE;
            // "%1.%2." numbers a sub-part by its parent's number too
            default -> text.chars().filter(c -> c == '%').count() > 1 ? Auto.DECIMAL : Auto.ARABIC;
        };
    }
}
