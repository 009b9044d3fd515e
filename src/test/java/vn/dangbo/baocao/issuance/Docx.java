package vn.dangbo.baocao.issuance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

/**
 * Reading helpers for rendered documents. Formatting is read as Word applies it: the paragraph's or run's own
 * property, else its paragraph style's (following basedOn), else the document defaults.
 */
final class Docx {

    private Docx() {}

    static XWPFDocument open(byte[] bytes) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> texts(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    static List<String> texts(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream()
                .filter(p -> p.getText().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + text + " in " + texts(doc)));
    }

    static XWPFParagraph paragraph(XWPFTableCell cell, String text) {
        return cell.getParagraphs().stream()
                .filter(p -> p.getText().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + text + " in " + texts(cell)));
    }

    static XWPFRun run(XWPFParagraph p) {
        return p.getRuns().stream()
                .filter(r -> !r.text().isEmpty())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no text run in " + p.getText()));
    }

    static double size(XWPFParagraph p) {
        return size(run(p));
    }

    static double size(XWPFRun run) {
        BigInteger halfPoints = runProperty(
                run, r -> r.sizeOfSzArray() > 0 ? (BigInteger) r.getSzArray(0).getVal() : null);
        return halfPoints.doubleValue() / 2;
    }

    static boolean bold(XWPFParagraph p) {
        return bold(run(p));
    }

    static boolean bold(XWPFRun run) {
        return onOff(runProperty(run, r -> r.sizeOfBArray() > 0 ? r.getBArray(0) : null));
    }

    static boolean italic(XWPFParagraph p) {
        return onOff(runProperty(run(p), r -> r.sizeOfIArray() > 0 ? r.getIArray(0) : null));
    }

    static UnderlinePatterns underline(XWPFRun run) {
        var u = runProperty(run, r -> r.sizeOfUArray() > 0 ? r.getUArray(0) : null);
        return u == null || !u.isSetVal()
                ? UnderlinePatterns.NONE
                : UnderlinePatterns.valueOf(u.getVal().intValue());
    }

    /** The fonts a run prints in, for the four scripts. */
    static List<String> fonts(XWPFRun run) {
        CTFonts f = runProperty(run, r -> r.sizeOfRFontsArray() > 0 ? r.getRFontsArray(0) : null);
        return List.of(f.getAscii(), f.getHAnsi(), f.getCs(), f.getEastAsia());
    }

    static ParagraphAlignment alignment(XWPFParagraph p) {
        var jc = paragraphProperty(p, ppr -> ppr.isSetJc() ? ppr.getJc() : null);
        return jc == null
                ? ParagraphAlignment.LEFT
                : ParagraphAlignment.valueOf(jc.getVal().intValue());
    }

    static int firstLineIndent(XWPFParagraph p) {
        return twips(paragraphProperty(
                p,
                ppr -> ppr.isSetInd() && ppr.getInd().isSetFirstLine()
                        ? ppr.getInd().getFirstLine()
                        : null));
    }

    static int spaceAfter(XWPFParagraph p) {
        return twips(paragraphProperty(
                p,
                ppr -> ppr.isSetSpacing() && ppr.getSpacing().isSetAfter()
                        ? ppr.getSpacing().getAfter()
                        : null));
    }

    static int lineSpacing(XWPFParagraph p) {
        return twips(paragraphProperty(
                p,
                ppr -> ppr.isSetSpacing() && ppr.getSpacing().isSetLine()
                        ? ppr.getSpacing().getLine()
                        : null));
    }

    static STLineSpacingRule.Enum lineRule(XWPFParagraph p) {
        return paragraphProperty(
                p,
                ppr -> ppr.isSetSpacing() && ppr.getSpacing().isSetLineRule()
                        ? ppr.getSpacing().getLineRule()
                        : null);
    }

    static boolean hasBottomRule(XWPFParagraph p) {
        var bottom = paragraphProperty(
                p,
                ppr -> ppr.isSetPBdr() && ppr.getPBdr().isSetBottom()
                        ? ppr.getPBdr().getBottom()
                        : null);
        return bottom != null && "single".equals(bottom.getVal().toString());
    }

    /** The outline level of the paragraph (0 = Word's level 1), or -1 for body text. */
    static int outlineLevel(XWPFParagraph p) {
        var level = paragraphProperty(p, ppr -> ppr.isSetOutlineLvl() ? ppr.getOutlineLvl() : null);
        return level == null ? -1 : level.getVal().intValue();
    }

    /** The paragraph's style id, or null. */
    static String styleId(XWPFParagraph p) {
        var ppr = p.getCTP().getPPr();
        return ppr != null && ppr.isSetPStyle() ? ppr.getPStyle().getVal() : null;
    }

    /** The paragraph's style, its base style and so on up the chain. */
    static List<CTStyle> styleChain(XWPFParagraph p) {
        List<CTStyle> chain = new ArrayList<>();
        var styles = p.getDocument().getStyles();
        String id = styleId(p);
        if (id == null) {
            id = defaultParagraphStyle(p.getDocument());
        }
        while (id != null && chain.size() < 20) {
            XWPFStyle style = styles.getStyle(id);
            if (style == null) {
                break;
            }
            chain.add(style.getCTStyle());
            id = style.getBasisStyleID();
        }
        return chain;
    }

    private static String defaultParagraphStyle(XWPFDocument doc) {
        for (CTStyle style : styles(doc).getStyleArray()) {
            if (style.isSetDefault()
                    && POIXMLUnits.parseOnOff(style.xgetDefault())
                    && "paragraph".equals(style.getType().toString())) {
                return style.getStyleId();
            }
        }
        return null;
    }

    private static <T> T paragraphProperty(XWPFParagraph p, Function<CTPPrBase, T> get) {
        var own = p.getCTP().getPPr();
        if (own != null && get.apply(own) != null) {
            return get.apply(own);
        }
        for (CTStyle style : styleChain(p)) {
            if (style.isSetPPr() && get.apply(style.getPPr()) != null) {
                return get.apply(style.getPPr());
            }
        }
        var defaults = styles(p.getDocument()).getDocDefaults();
        if (defaults != null
                && defaults.isSetPPrDefault()
                && defaults.getPPrDefault().isSetPPr()) {
            return get.apply(defaults.getPPrDefault().getPPr());
        }
        return null;
    }

    private static <T> T runProperty(XWPFRun run, Function<CTRPr, T> get) {
        CTRPr own = run.getCTR().getRPr();
        if (own != null && get.apply(own) != null) {
            return get.apply(own);
        }
        for (CTStyle style : styleChain((XWPFParagraph) run.getParent())) {
            if (style.isSetRPr() && get.apply(style.getRPr()) != null) {
                return get.apply(style.getRPr());
            }
        }
        var defaults = styles(((XWPFParagraph) run.getParent()).getDocument()).getDocDefaults();
        if (defaults != null
                && defaults.isSetRPrDefault()
                && defaults.getRPrDefault().isSetRPr()) {
            return get.apply(defaults.getRPrDefault().getRPr());
        }
        return null;
    }

    /** The document's styles.xml. */
    static CTStyles styles(XWPFDocument doc) {
        try {
            return doc.getStyle();
        } catch (XmlException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean onOff(CTOnOff value) {
        return value != null && POIXMLUnits.parseOnOff(value);
    }

    private static int twips(Object value) {
        return value == null ? 0 : ((BigInteger) value).intValue();
    }
}
