package vn.dangbo.baocao.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A return comment attached to a section or item, kept inside the comment's text as "[C.I.1] …" so that the
 * comment table, the API and the audit trail need no new field; a line without a code continues the comment
 * above it, and text before any code is a general comment ({@code code} null).
 */
public record AnchoredComment(String code, String text) {

    private static final Pattern ANCHOR = Pattern.compile("^\\[([A-Za-z0-9._-]+)]\\s*(.*)$");

    public static String compose(List<AnchoredComment> comments) {
        List<String> parts = new ArrayList<>();
        for (AnchoredComment c : comments) {
            if (c.text() == null || c.text().isBlank()) {
                continue;
            }
            parts.add(
                    c.code() == null || c.code().isBlank()
                            ? c.text().strip()
                            : "[" + c.code() + "] " + c.text().strip());
        }
        return String.join("\n", parts);
    }

    public static List<AnchoredComment> parse(String body) {
        List<AnchoredComment> out = new ArrayList<>();
        String code = null;
        StringBuilder text = new StringBuilder();
        for (String line : (body == null ? "" : body).split("\\R")) {
            Matcher m = ANCHOR.matcher(line.strip());
            if (m.matches()) {
                add(out, code, text);
                code = m.group(1);
                text = new StringBuilder(m.group(2));
            } else {
                text.append(text.isEmpty() ? "" : "\n").append(line.strip());
            }
        }
        add(out, code, text);
        return out;
    }

    /** The comment as a sentence for a notice or an e-mail: "Mục C.I.1: …; …". */
    public static String readable(String body) {
        return String.join(
                " ",
                parse(body).stream()
                        .map(c -> c.code() == null
                                ? c.text()
                                : vn.dangbo.baocao.common.Messages.get("review.commentOnCode", c.code(), c.text()))
                        .toList());
    }

    private static void add(List<AnchoredComment> out, String code, StringBuilder text) {
        if (!text.toString().isBlank()) {
            out.add(new AnchoredComment(code, text.toString().strip()));
        }
    }
}
