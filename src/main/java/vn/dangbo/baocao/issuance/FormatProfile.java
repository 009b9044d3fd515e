package vn.dangbo.baocao.issuance;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every layout value of one official document format (Party guidance 36-HD/VPTW, state decree
 * 30/2020/NĐ-CP, ...). Profiles are data, loaded from YAML by {@link FormatProfiles}; the renderer
 * reads everything from here so that a new guidance is a new profile, not new code.
 */
public record FormatProfile(
        String id,
        String name,
        Page page,
        String fontFamily,
        String language,
        Masthead masthead,
        Title title,
        Body body,
        List<TextStyle> headings,
        TableFormat table,
        SignatureBlock signatureBlock,
        PageNumbers pageNumbers,
        Draft draft,
        DocumentNumbering numbering,
        DateLine dateLine) {

    public FormatProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(fontFamily, "fontFamily");
        Objects.requireNonNull(masthead, "masthead");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(signatureBlock, "signatureBlock");
        Objects.requireNonNull(pageNumbers, "pageNumbers");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(numbering, "numbering");
        Objects.requireNonNull(dateLine, "dateLine");
        if (headings == null || headings.isEmpty()) {
            throw new IllegalArgumentException("headings: at least one level");
        }
        headings = List.copyOf(headings);
    }

    /** "01-BC/ĐU" (Party) or "01/BC-UBND" (state), the number padded to the profile's minimum digits. */
    public String symbol(int number, String documentType, String issuerCode) {
        return numbering.symbol(number, documentType, issuerCode);
    }

    /** The number line: "Số 47-BC/ĐU" (Party, no colon) or "Số: 12/BC-UBND" (state). */
    public String numberLine(String symbol) {
        return numbering.prefix() + symbol;
    }

    /** "Xuân Hưng, ngày 05 tháng 02 năm 2026"; a null date gives the blank form of a draft. */
    public String placeDate(String place, LocalDate date) {
        return dateLine.format(place, date, draft.blank());
    }

    /** When the document register starts again from the first number. */
    public RegisterRestart registerRestart() {
        return numbering.restart();
    }

    /** The style of a heading level; levels deeper than the profile lists use the last one. */
    public TextStyle headingStyle(int level) {
        return headings.get(Math.min(Math.max(level, 0), headings.size() - 1));
    }

    public Optional<String> typeAbbreviation(String documentTypeName) {
        return Optional.ofNullable(numbering.documentTypes().get(upper(documentTypeName)));
    }

    /** The issuer code of a body name ("ĐẢNG ỦY XÃ XUÂN HƯNG" → "ĐU"), by the longest known prefix. */
    public Optional<String> issuerCode(String issuerBody) {
        String name = upper(issuerBody);
        return numbering.issuers().entrySet().stream()
                .filter(e -> name.startsWith(upper(e.getKey())))
                .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
                .map(Map.Entry::getValue);
    }

    static String upper(String text) {
        return text == null ? "" : text.toUpperCase(Locale.ROOT);
    }

    public enum RegisterRestart {
        /** Numbers run on for the whole term of the Party committee (36-HD/VPTW point 1.3.1). */
        TERM,
        /** Numbers start again every 1 January (state documents). */
        YEAR
    }

    public enum Alignment {
        LEFT,
        CENTER,
        RIGHT,
        JUSTIFIED
    }

    /** Character formatting; {@code caps} upper-cases the text itself. Sizes in points. */
    public record TextStyle(double size, boolean bold, boolean italic, boolean caps, boolean underline) {
        public TextStyle {
            if (size <= 0) {
                throw new IllegalArgumentException("font size must be positive");
            }
        }

        public String apply(String text) {
            return caps ? upper(text) : text;
        }
    }

    public record Margins(double top, double bottom, double left, double right) {}

    /** Page size in twips, margins and header distance in millimetres. */
    public record Page(
            int widthTwips, int heightTwips, Margins marginsMm, double headerDistanceMm, double footerDistanceMm) {}

    public record Line(String text, TextStyle style) {}

    /**
     * The header table: left the bodies, the mark and the number; right the national title with a
     * drawn rule under its last line (indented so it is about as long as the text) and place-date.
     *
     * @param issuerBreaks words before which the issuing body starts a new line, both lines in the issuer's
     *     style ("ỦY BAN NHÂN DÂN" / "XÃ XUÂN HƯNG"); none: one line
     * @param titleRuleOwnLine the rule under the title is a paragraph of its own, so the indent that sets its
     *     length never narrows the title's line (a motto that fills its column would wrap)
     */
    public record Masthead(
            int leftWidthPercent,
            TextStyle superiorBody,
            TextStyle issuer,
            IssuerMark issuerMark,
            TextStyle number,
            List<Line> nationalTitle,
            double titleRuleIndentMm,
            double ruleWidthPt,
            TextStyle placeDate,
            double spaceAfterPt,
            List<String> issuerBreaks,
            boolean titleRuleOwnLine) {
        public Masthead {
            nationalTitle = List.copyOf(nationalTitle);
            issuerBreaks = issuerBreaks == null ? List.of() : List.copyOf(issuerBreaks);
        }

        /** The issuing body's printed lines. */
        public List<String> issuerLines(String issuer) {
            String text = issuer == null ? "" : issuer.strip();
            String upper = upper(text);
            for (String word : issuerBreaks) {
                int at = upper.indexOf(" " + upper(word) + " ");
                if (at > 0) {
                    return List.of(
                            text.substring(0, at).strip(), text.substring(at).strip());
                }
            }
            return List.of(text);
        }
    }

    /** Under the issuer: a text such as "*" or, when {@code rule}, a short drawn rule. */
    public record IssuerMark(String text, TextStyle style, boolean rule, double ruleIndentMm) {}

    public record Title(
            TextStyle documentType,
            TextStyle subject,
            String separator,
            TextStyle separatorStyle,
            double spaceBeforePt,
            double spaceAfterPt) {}

    /** Body paragraphs; headings, list lines and the closing sentence share this layout. */
    public record Body(
            TextStyle text,
            Alignment alignment,
            double firstLineIndentMm,
            double spaceBeforePt,
            double spaceAfterPt,
            double lineSpacingExactPt) {}

    public record TableFormat(double fontSize, boolean headerBold, double borderWidthPt, double spaceAfterPt) {}

    public record SignatureBlock(
            int leftWidthPercent,
            double spaceBeforePt,
            String recipientsLabel,
            TextStyle recipientsLabelStyle,
            TextStyle recipientLine,
            String recipientPrefix,
            TextStyle authority,
            TextStyle title,
            int signatureEmptyLines,
            TextStyle name) {}

    /** Page numbers in the header; {@code onFirstPage} false leaves page 1 without a number. */
    public record PageNumbers(TextStyle style, Alignment alignment, boolean onFirstPage) {}

    /** A draft has no number and no date: {@code blank} stands for them, {@code stamp} marks every page. */
    public record Draft(String stamp, TextStyle stampStyle, String blank) {}
}
