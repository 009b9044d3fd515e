package vn.dangbo.baocao.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.template.OutlineParagraphs.Auto;
import vn.dangbo.baocao.template.OutlineParagraphs.Paragraph;

/**
 * Reads an outline as the office writes it (seed 000): the subject after "BÁO CÁO", numbered headings (typed or
 * Word's numbering) nested A. › I. › 1. › 1.1. › a), and the lines under a heading as its guidance. The masthead,
 * place and date, the number and anything before the subject are left out.
 */
final class OutlineReader {

    /** The kind of a heading's number, outermost first. */
    enum Kind {
        LETTER,
        ROMAN,
        ARABIC,
        DECIMAL,
        POINT
    }

    /** A numbered heading and what is under it. */
    static final class Node {
        final Kind kind;
        /** Typed "III-" rather than "III." */
        final boolean dash;

        final String heading;
        final List<String> guidance = new ArrayList<>();
        final List<Node> children = new ArrayList<>();

        Node(Kind kind, boolean dash, String heading) {
            this.kind = kind;
            this.dash = dash;
            this.heading = heading;
        }
    }

    /** What the outline says, before it becomes a template. */
    record Outline(List<String> subject, String basis, String closing, List<Node> sections) {}

    private static final Pattern REPORT = Pattern.compile("BÁO\\s+CÁO");
    private static final Pattern RULE = Pattern.compile("[-_–—=*.·\\s]{3,}");
    private static final Pattern LETTER_OR_ROMAN = Pattern.compile("([A-Z]{1,6})\\s*(\\.\\s|\\)\\s*|[-–]\\s*)(.+)");
    private static final Pattern ROMAN = Pattern.compile("X{0,3}(IX|IV|V?I{0,3})");
    private static final Pattern DECIMAL = Pattern.compile("(\\d{1,2}(?:\\.\\d{1,2})+)\\.?\\s+(\\S.*)");
    private static final Pattern ARABIC = Pattern.compile("(\\d{1,2})\\s*[.)]\\s*(\\D.*)");
    private static final Pattern POINT = Pattern.compile("([a-zđ])\\)\\s*(\\S.*)");
    private static final Pattern BULLET = Pattern.compile("([-+•–—*●○◦▪■·])\\s*(.*)");
    private static final Pattern BASIS_START = Pattern.compile("(Thực hiện|Căn cứ)\\b.*");
    private static final Pattern CLOSING = Pattern.compile("Trên đây là\\b.*");
    private static final Pattern RECIPIENTS = Pattern.compile("Nơi nhận\\b.*", Pattern.CASE_INSENSITIVE);

    private enum Part {
        PREAMBLE,
        SUBJECT,
        BASIS,
        BODY
    }

    private final List<String> subject = new ArrayList<>();
    private final List<String> basis = new ArrayList<>();
    private final List<Node> top = new ArrayList<>();
    private final List<Node> open = new ArrayList<>();
    private String closing = "";
    private Part part = Part.PREAMBLE;
    /** The last top-level letter seen, to tell "C." (a letter after B.) from a Roman numeral. */
    private char lastLetter;

    private OutlineReader() {}

    static Outline read(List<Paragraph> paragraphs) {
        OutlineReader reader = new OutlineReader();
        for (Paragraph paragraph : paragraphs) {
            if (!reader.line(paragraph)) {
                break;
            }
        }
        if (reader.top.isEmpty()) {
            throw AppException.invalid("template.import.noHeading");
        }
        return new Outline(reader.subject, String.join(" ", reader.basis), reader.closing, reader.top);
    }

    /** Takes one paragraph; false when the body has ended (the recipients). */
    private boolean line(Paragraph paragraph) {
        String text = paragraph.text();
        if (text.isEmpty()) {
            return true;
        }
        Node heading = heading(paragraph);
        if (heading != null) {
            part = Part.BODY;
            place(heading);
            return true;
        }
        switch (part) {
            case PREAMBLE -> {
                if (REPORT.matcher(text.toUpperCase(Locale.ROOT)).matches()) {
                    part = Part.SUBJECT;
                }
            }
            case SUBJECT -> {
                if (RULE.matcher(text).matches()) {
                    part = Part.BASIS;
                } else if (BASIS_START.matcher(text).matches()) {
                    part = Part.BASIS;
                    basis.add(text);
                } else {
                    subject.add(text);
                }
            }
            case BASIS -> {
                if (!RULE.matcher(text).matches()) {
                    basis.add(text);
                }
            }
            case BODY -> {
                if (RECIPIENTS.matcher(text).matches()) {
                    return false;
                }
                if (paragraph.auto() == Auto.NONE && CLOSING.matcher(text).matches()) {
                    closing = text;
                } else if (!RULE.matcher(text).matches()) {
                    open.get(open.size() - 1).guidance.add(guidance(paragraph));
                }
            }
        }
        return true;
    }

    /** A bullet as the templates write it ("- …", "+ …"); other text as it is. */
    private static String guidance(Paragraph paragraph) {
        String text = paragraph.text();
        if (paragraph.auto() == Auto.BULLET) {
            return (paragraph.level() == 0 ? "- " : "+ ") + text;
        }
        Matcher bullet = BULLET.matcher(text);
        if (paragraph.auto() == Auto.NONE && bullet.matches()) {
            String mark = bullet.group(1);
            boolean sub = mark.equals("+") || mark.equals("○") || mark.equals("◦");
            return (sub ? "+ " : "- ") + bullet.group(2).strip();
        }
        return text;
    }

    /** The heading a paragraph is, or null. */
    private Node heading(Paragraph paragraph) {
        String text = paragraph.text();
        switch (paragraph.auto()) {
            case LETTER -> {
                lastLetter = lastLetter == 0 ? 'A' : (char) (lastLetter + 1);
                return node(Kind.LETTER, false, text);
            }
            case ROMAN -> {
                return node(Kind.ROMAN, false, text);
            }
            case ARABIC -> {
                return node(Kind.ARABIC, false, text);
            }
            case DECIMAL -> {
                return node(Kind.DECIMAL, false, text);
            }
            case POINT -> {
                return node(Kind.POINT, false, text);
            }
            case BULLET -> {
                return null;
            }
            case NONE -> {
                // typed numbers below
            }
        }
        Matcher m = LETTER_OR_ROMAN.matcher(text);
        if (m.matches()) {
            String number = m.group(1);
            boolean dash = m.group(2).startsWith("-") || m.group(2).startsWith("–");
            char expected = lastLetter == 0 ? 'A' : (char) (lastLetter + 1);
            boolean roman = ROMAN.matcher(number).matches();
            if (number.length() == 1 && !dash && (!roman || number.charAt(0) == expected)) {
                lastLetter = number.charAt(0);
                return node(Kind.LETTER, false, m.group(3));
            }
            if (roman) {
                return node(Kind.ROMAN, dash, m.group(3));
            }
            return null;
        }
        m = DECIMAL.matcher(text);
        if (m.matches()) {
            return node(Kind.DECIMAL, false, m.group(2));
        }
        m = ARABIC.matcher(text);
        if (m.matches()) {
            return node(Kind.ARABIC, false, m.group(2));
        }
        m = POINT.matcher(text);
        if (m.matches()) {
            return node(Kind.POINT, false, m.group(2));
        }
        return null;
    }

    /** "Đặc điểm, tình hình: Nêu …" is a heading and its guidance; a closing colon or full stop is dropped. */
    private static Node node(Kind kind, boolean dash, String text) {
        String heading = text.strip();
        String guidance = "";
        int colon = heading.indexOf(':');
        if (colon > 0) {
            guidance = heading.substring(colon + 1).strip();
            heading = heading.substring(0, colon).strip();
        }
        if (heading.endsWith(".") && !heading.endsWith("..")) {
            heading = heading.substring(0, heading.length() - 1).strip();
        }
        if (heading.isEmpty()) {
            return null;
        }
        Node node = new Node(kind, dash, heading);
        if (!guidance.isEmpty()) {
            node.guidance.add(guidance);
        }
        return node;
    }

    /** Under the nearest open heading of an outer kind. */
    private void place(Node node) {
        while (!open.isEmpty() && open.get(open.size() - 1).kind.compareTo(node.kind) >= 0) {
            open.remove(open.size() - 1);
        }
        (open.isEmpty() ? top : open.get(open.size() - 1).children).add(node);
        open.add(node);
    }
}
