package vn.dangbo.baocao.issuance;

import static vn.dangbo.baocao.issuance.FormatProfile.Alignment.CENTER;
import static vn.dangbo.baocao.issuance.FormatProfile.Alignment.LEFT;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import vn.dangbo.baocao.issuance.FormatProfile.Alignment;
import vn.dangbo.baocao.issuance.FormatProfile.Body;
import vn.dangbo.baocao.issuance.FormatProfile.Masthead;
import vn.dangbo.baocao.issuance.FormatProfile.SignatureBlock;
import vn.dangbo.baocao.issuance.FormatProfile.TextStyle;
import vn.dangbo.baocao.issuance.FormatProfile.Title;

/**
 * The named paragraph styles of a document (styles.xml), built from its format profile. Every paragraph the
 * renderer writes refers to one of them and carries direct formatting only where it differs from it (the plain
 * text after a bold lead-in, a spacer's height), so an office that edits the file in Word changes one style
 * instead of every line, and headings are outline levels that Word's navigation pane lists. The font, the body
 * size and the language are the document defaults; no run names a font.
 */
final class DocumentStyles {

    static final String NORMAL = "Normal";
    static final String TITLE = "BaoCaoTitle";
    static final String SUBJECT = "BaoCaoSubject";
    static final String SEPARATOR = "BaoCaoSeparator";
    static final String APPENDIX_TITLE = "BaoCaoAppendixTitle";
    static final String BODY = "BaoCaoBody";
    static final String LIST = "BaoCaoList";
    static final String TABLE = "BaoCaoTable";
    static final String TABLE_HEADER = "BaoCaoTableHeader";
    static final String SPACER = "BaoCaoSpacer";
    static final String SUPERIOR_BODY = "BaoCaoSuperiorBody";
    static final String ISSUER = "BaoCaoIssuer";
    static final String ISSUER_MARK = "BaoCaoIssuerMark";
    static final String ISSUER_RULE = "BaoCaoIssuerRule";
    static final String NUMBER = "BaoCaoNumber";
    static final String TITLE_RULE = "BaoCaoNationalTitleRule";
    static final String PLACE_DATE = "BaoCaoPlaceDate";
    static final String RECIPIENTS_LABEL = "BaoCaoRecipientsLabel";
    static final String RECIPIENT = "BaoCaoRecipient";
    static final String SIGNATURE_AUTHORITY = "BaoCaoSignatureAuthority";
    static final String SIGNATURE_TITLE = "BaoCaoSignatureTitle";
    static final String SIGNATURE_NAME = "BaoCaoSignatureName";
    static final String PAGE_HEADER = "BaoCaoPageHeader";

    /**
     * Heading styles 1 to 6: a four-level outline (A., I., 1., a)) plus a chi bộ's name and its items; deeper
     * headings take the last one.
     */
    static final int HEADING_LEVELS = 6;

    /** Space above the place-date line, under the national title. */
    static final double PLACE_DATE_BEFORE_PT = 8;
    /** Height of the paragraph that carries a drawn rule. */
    static final double RULE_LINE_PT = 4;
    /** Space above and below the text in a table cell. */
    static final double CELL_SPACING_PT = 2;

    /** Built once per profile (a handful in a running application); each document gets its own copy. */
    private static final Map<FormatProfile, CTStyles> BUILT = new ConcurrentHashMap<>();

    private static final int MAX_PROFILES = 32;

    private DocumentStyles() {}

    /** The styles of a document in the profile: a copy, so one document's edits never reach another. */
    static CTStyles of(FormatProfile profile) {
        CTStyles built = BUILT.get(profile);
        if (built == null) {
            if (BUILT.size() >= MAX_PROFILES) {
                BUILT.clear();
            }
            built = build(profile);
            BUILT.put(profile, built);
        }
        return (CTStyles) built.copy();
    }

    /** The heading style of a level (0 = top level), the last one for deeper levels. */
    static String heading(int level) {
        return "BaoCaoHeading" + (headingIndex(level) + 1);
    }

    /** The style of a line of the national title ("ĐẢNG CỘNG SẢN VIỆT NAM", the motto). */
    static String nationalTitle(int line) {
        return "BaoCaoNationalTitle" + (line + 1);
    }

    /** A body line that starts with "-" or "+" is a list line. */
    static String bodyLine(String line) {
        return line.startsWith("-") || line.startsWith("+") ? LIST : BODY;
    }

    private static int headingIndex(int level) {
        return Math.min(Math.max(level, 0), HEADING_LEVELS - 1);
    }

    static CTStyles build(FormatProfile profile) {
        CTStyles styles = CTStyles.Factory.newInstance();
        defaults(styles.addNewDocDefaults(), profile);
        new Builder(styles.addNewStyle(), NORMAL, "Normal", null).defaultStyle();
        title(styles, profile.title());
        body(styles, profile);
        masthead(styles, profile.masthead());
        signature(styles, profile.signatureBlock());
        var numbers = profile.pageNumbers();
        paragraph(styles, PAGE_HEADER, "BaoCao Page Header", numbers.alignment(), 0, 0, numbers.style());
        return styles;
    }

    /** Word and LibreOffice fall back to other fonts for fields unless the defaults name the font too. */
    private static void defaults(CTDocDefaults defaults, FormatProfile profile) {
        CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        String font = profile.fontFamily();
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        fonts.setCs(font);
        fonts.setEastAsia(font);
        BigInteger size = BigInteger.valueOf(Math.round(profile.body().text().size() * 2));
        rpr.addNewSz().setVal(size);
        rpr.addNewSzCs().setVal(size);
        if (profile.language() != null) {
            var lang = rpr.addNewLang();
            lang.setVal(profile.language());
            lang.setEastAsia(profile.language());
            lang.setBidi(profile.language());
        }
        CTSpacing spacing = defaults.addNewPPrDefault().addNewPPr().addNewSpacing();
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(240));
        spacing.setLineRule(STLineSpacingRule.AUTO);
    }

    private static void title(CTStyles styles, Title title) {
        paragraph(styles, TITLE, "BaoCao Title", CENTER, title.spaceBeforePt(), 0, title.documentType())
                .next(SUBJECT)
                .quick();
        paragraph(styles, SUBJECT, "BaoCao Subject", CENTER, 0, 0, title.subject())
                .quick();
        paragraph(styles, SEPARATOR, "BaoCao Separator", CENTER, 0, title.spaceAfterPt(), title.separatorStyle())
                .next(BODY);
        Builder appendix =
                paragraph(styles, APPENDIX_TITLE, "BaoCao Appendix Title", CENTER, 0, 0, title.documentType());
        appendix.ppr.addNewPageBreakBefore();
        appendix.next(SUBJECT);
    }

    private static void body(CTStyles styles, FormatProfile profile) {
        Body body = profile.body();
        Builder text = paragraph(
                styles, BODY, "BaoCao Body", body.alignment(), body.spaceBeforePt(), body.spaceAfterPt(), body.text());
        Paragraphs.exactLines(text.ppr, body.lineSpacingExactPt());
        Paragraphs.firstLineIndent(text.ppr, body.firstLineIndentMm());
        text.quick();
        // the same layout as the body today; its own name lets an office indent or bullet list lines at once
        new Builder(styles.addNewStyle(), LIST, "BaoCao List", BODY).next(LIST).quick();
        for (int i = 0; i < HEADING_LEVELS; i++) {
            Builder heading = new Builder(styles.addNewStyle(), heading(i), "BaoCao Heading " + (i + 1), BODY);
            // a heading never ends a page alone
            heading.ppr.addNewKeepNext();
            heading.ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(i));
            Paragraphs.characters(heading.rpr(), profile.headingStyle(i), body.text());
            heading.next(BODY).quick();
        }
        var table = profile.table();
        TextStyle cell = new TextStyle(table.fontSize(), false, false, false, false);
        paragraph(styles, TABLE, "BaoCao Table", LEFT, CELL_SPACING_PT, CELL_SPACING_PT, cell);
        Builder header = new Builder(styles.addNewStyle(), TABLE_HEADER, "BaoCao Table Header", TABLE);
        Paragraphs.layout(header.ppr, CENTER, CELL_SPACING_PT, CELL_SPACING_PT);
        Paragraphs.characters(
                header.rpr(), new TextStyle(table.fontSize(), table.headerBold(), false, false, false), cell);
        // empty paragraphs that keep a fixed gap (under the masthead, after a table); each sets its height
        Paragraphs.layout(new Builder(styles.addNewStyle(), SPACER, "BaoCao Spacer", NORMAL).ppr, LEFT, 0, 0);
    }

    private static void masthead(CTStyles styles, Masthead masthead) {
        paragraph(styles, SUPERIOR_BODY, "BaoCao Superior Body", CENTER, 0, 0, masthead.superiorBody());
        paragraph(styles, ISSUER, "BaoCao Issuer", CENTER, 0, 0, masthead.issuer());
        var mark = masthead.issuerMark();
        paragraph(styles, ISSUER_MARK, "BaoCao Issuer Mark", CENTER, 0, 0, mark.style());
        rule(styles, ISSUER_RULE, "BaoCao Issuer Rule", mark.ruleIndentMm(), masthead.ruleWidthPt());
        paragraph(styles, NUMBER, "BaoCao Number", CENTER, 0, 0, masthead.number());
        List<FormatProfile.Line> title = masthead.nationalTitle();
        for (int i = 0; i < title.size(); i++) {
            Builder line = paragraph(
                    styles,
                    nationalTitle(i),
                    "BaoCao National Title " + (i + 1),
                    CENTER,
                    0,
                    0,
                    title.get(i).style());
            if (i == title.size() - 1 && !masthead.titleRuleOwnLine()) {
                Paragraphs.sideIndents(line.ppr, masthead.titleRuleIndentMm());
                Paragraphs.ruleBelow(line.ppr, masthead.ruleWidthPt());
            }
        }
        rule(styles, TITLE_RULE, "BaoCao National Title Rule", masthead.titleRuleIndentMm(), masthead.ruleWidthPt());
        paragraph(styles, PLACE_DATE, "BaoCao Place Date", CENTER, PLACE_DATE_BEFORE_PT, 0, masthead.placeDate());
    }

    private static void signature(CTStyles styles, SignatureBlock block) {
        paragraph(styles, RECIPIENTS_LABEL, "BaoCao Recipients Label", LEFT, 0, 0, block.recipientsLabelStyle());
        paragraph(styles, RECIPIENT, "BaoCao Recipient", LEFT, 0, 0, block.recipientLine());
        paragraph(styles, SIGNATURE_AUTHORITY, "BaoCao Signature Authority", CENTER, 0, 0, block.authority());
        paragraph(styles, SIGNATURE_TITLE, "BaoCao Signature Title", CENTER, 0, 0, block.title());
        paragraph(styles, SIGNATURE_NAME, "BaoCao Signature Name", CENTER, 0, 0, block.name());
    }

    private static void rule(CTStyles styles, String id, String name, double indentMm, double widthPt) {
        Builder rule = new Builder(styles.addNewStyle(), id, name, NORMAL);
        Paragraphs.layout(rule.ppr, CENTER, 0, 0);
        Paragraphs.exactLines(rule.ppr, RULE_LINE_PT);
        Paragraphs.sideIndents(rule.ppr, indentMm);
        Paragraphs.ruleBelow(rule.ppr, widthPt);
    }

    private static Builder paragraph(
            CTStyles styles,
            String id,
            String name,
            Alignment alignment,
            double beforePt,
            double afterPt,
            TextStyle text) {
        Builder style = new Builder(styles.addNewStyle(), id, name, NORMAL);
        Paragraphs.layout(style.ppr, alignment, beforePt, afterPt);
        Paragraphs.characters(style.rpr(), text, null);
        return style;
    }

    /** One paragraph style: its name, what it is based on, its paragraph and character properties. */
    private static final class Builder {

        private final CTStyle style;
        private final CTPPrGeneral ppr;

        Builder(CTStyle style, String id, String name, String basedOn) {
            this.style = style;
            style.setType(STStyleType.PARAGRAPH);
            style.setStyleId(id);
            style.addNewName().setVal(name);
            if (basedOn != null) {
                style.addNewBasedOn().setVal(basedOn);
            }
            this.ppr = style.addNewPPr();
        }

        CTRPr rpr() {
            return style.isSetRPr() ? style.getRPr() : style.addNewRPr();
        }

        Builder next(String id) {
            style.addNewNext().setVal(id);
            return this;
        }

        /** Shown in Word's style gallery. */
        Builder quick() {
            style.addNewQFormat();
            return this;
        }

        void defaultStyle() {
            style.setDefault(STOnOff1.ON);
            style.addNewQFormat();
        }
    }
}
