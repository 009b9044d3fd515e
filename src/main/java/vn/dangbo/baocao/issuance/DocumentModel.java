package vn.dangbo.baocao.issuance;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the issued (or draft) document says, in order, with no layout: the renderer and its
 * {@code FormatProfile} decide how it looks.
 *
 * @param numberSymbol "47-BC/ĐU", or null for a draft
 * @param date the issue date, or null for a draft
 * @param body the basis paragraph, headings, texts and tables in document order
 * @param appendices the parts after the signature (phụ lục), each on a new page
 * @param format the format profile to print in ("state-30"), or null for the renderer's own
 */
public record DocumentModel(
        String superiorBody,
        String issuerBody,
        String numberSymbol,
        String place,
        LocalDate date,
        boolean draft,
        String documentTypeName,
        List<String> subjectLines,
        List<Block> body,
        String closing,
        List<String> recipients,
        Signature signature,
        List<Appendix> appendices,
        String format) {

    public DocumentModel {
        subjectLines = List.copyOf(subjectLines);
        body = List.copyOf(body);
        recipients = List.copyOf(recipients);
        appendices = appendices == null ? List.of() : List.copyOf(appendices);
    }

    /** A document without appendices, in the renderer's own format. */
    public DocumentModel(
            String superiorBody,
            String issuerBody,
            String numberSymbol,
            String place,
            LocalDate date,
            boolean draft,
            String documentTypeName,
            List<String> subjectLines,
            List<Block> body,
            String closing,
            List<String> recipients,
            Signature signature) {
        this(
                superiorBody,
                issuerBody,
                numberSymbol,
                place,
                date,
                draft,
                documentTypeName,
                subjectLines,
                body,
                closing,
                recipients,
                signature,
                List.of(),
                null);
    }

    /** A part of the body. */
    public sealed interface Block permits Heading, Text, Table, Lead {}

    /** A heading with its text on the same line: "11. Hợp tác quốc tế: Không có." */
    public record Lead(int level, String label, String heading, String text) implements Block {}

    /**
     * A part after the signature: its title lines ("Phụ lục", "Kèm theo Báo cáo số …"), then its body.
     *
     * @param landscape printed in a landscape section of its own (a wide table)
     */
    public record Appendix(List<String> title, List<Block> body, boolean landscape) {
        public Appendix {
            title = List.copyOf(title);
            body = List.copyOf(body);
        }

        public Appendix(List<String> title, List<Block> body) {
            this(title, body, false);
        }
    }

    /** A section or item heading; level 0 is top level (A., B.), 1 the next (I., 1.), and so on. */
    public record Heading(int level, String label, String text) implements Block {}

    /**
     * Free text as typed: one paragraph per line; lines beginning with "-" or "+" are list lines,
     * blank lines are dropped.
     */
    public record Text(String text) implements Block {}

    /** A table of figures (aggregate indicators, criteria). */
    public record Table(List<String> header, List<List<String>> rows) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** The signature block: "T/M BAN THƯỜNG VỤ", "BÍ THƯ", the signer's full name. */
    public record Signature(String authority, String title, String name) {}
}
