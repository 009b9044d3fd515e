package vn.dangbo.baocao.template;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.Violation;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.Role;

/**
 * Turns the office's outline in Word (.docx) into a template document (YAML) to look at before storing it: numbered
 * headings become sections and items, the lines under them guidance, every part written by the office. Nothing is
 * stored here; {@link TemplateCatalog#upload} stores the result. What is recognised: docs/templates.md.
 */
@Service
public class OutlineImport {

    /** Largest .docx accepted (5 MB), as for a unit's Word import. */
    public static final int MAX_BYTES = OutlineParagraphs.MAX_BYTES;

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final int MAX_KEY = 48;
    private static final int MAX_TITLE = 200;

    /**
     * A generated template, valid as it is.
     *
     * @param sections every section, nested ones included
     * @param items every part to write (a section without items counts as one)
     */
    public record Imported(String key, String title, String yaml, int sections, int items, ReportTemplate template) {}

    private final TemplateCatalog catalog;

    OutlineImport(TemplateCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The template an outline makes. Its id is {@code key} when given (an existing id then gets a new version when
     * stored), otherwise made from the file name and, when the organisation already has that id, numbered
     * ("dan-y-2") so that storing it makes a new template.
     */
    public Imported preview(Actor actor, String fileName, byte[] docx, String key) {
        if (!actor.has(Role.ADMIN) && !actor.has(Role.OFFICE)) {
            throw AppException.forbidden("error.template.forbidden");
        }
        if (key != null && !key.isBlank() && (!KEY.matcher(key).matches() || key.length() > MAX_KEY)) {
            throw AppException.invalid("template.import.key", key);
        }
        OutlineReader.Outline outline = OutlineReader.read(OutlineParagraphs.read(docx));
        String base = baseName(fileName);
        List<String> subject = new java.util.ArrayList<>(outline.subject());
        if (subject.isEmpty()) {
            subject.add(base.isBlank() ? Messages.get("template.import.untitled") : base);
        }
        String title = title(subject.get(0));
        subject.add("{period}"); // a periodic report names its period under the subject, as the bundled ones do
        String id = key != null && !key.isBlank() ? key : freeKey(actor.organisationId(), slug(base));
        String yaml = Messages.get("template.import.comment", printable(fileName)) + "\n"
                + OutlineYaml.dump(OutlineYaml.tree(
                        id,
                        title,
                        new OutlineReader.Outline(subject, outline.basis(), outline.closing(), outline.sections())));
        if (yaml.getBytes(StandardCharsets.UTF_8).length > TemplateCatalog.MAX_SOURCE_BYTES) {
            throw AppException.tooLarge("template.import.tooLong", TemplateCatalog.MAX_SOURCE_BYTES >> 10);
        }
        ReportTemplate template;
        try {
            template = TemplateParser.parse(yaml);
        } catch (TemplateException e) {
            // a text of the outline the template format refuses, e.g. an unknown {placeholder}
            throw AppException.invalid(
                    e.problems().stream()
                            .map(p -> new Violation(p.path(), p.message()))
                            .toList(),
                    "template.import.invalid",
                    e.problems().size());
        }
        return new Imported(
                id,
                title,
                yaml,
                template.allSections().size(),
                template.allItems().size(),
                template);
    }

    /** "Báo cáo tháng - Việc lãnh đạo, …" from the first subject line; the title names the period kind. */
    private static String title(String firstSubjectLine) {
        String text = firstSubjectLine.strip().replaceAll("[,;:]+$", "").strip();
        String title = Messages.get("template.import.title", text);
        return title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE - 1).strip() + "…" : title;
    }

    private String freeKey(long organisationId, String slug) {
        String candidate = slug;
        for (int n = 2; catalog.latest(organisationId, candidate).isPresent(); n++) {
            candidate = slug + "-" + n;
        }
        return candidate;
    }

    /** "Dàn ý NQ57 (bản 2).docx" → "dan-y-nq57-ban-2". */
    static String slug(String baseName) {
        String plain = Normalizer.normalize(baseName.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (plain.length() > MAX_KEY) {
            plain = plain.substring(0, MAX_KEY).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? "dan-y" : plain;
    }

    private static String baseName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return Normalizer.normalize(dot > 0 ? name.substring(0, dot) : name, Normalizer.Form.NFC)
                .strip();
    }

    /** A file name inside a YAML comment: one line, not too long. */
    private static String printable(String fileName) {
        String name =
                fileName == null ? "" : fileName.replaceAll("\\p{Cntrl}", " ").strip();
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
