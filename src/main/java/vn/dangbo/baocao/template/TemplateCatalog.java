package vn.dangbo.baocao.template;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.audit.AuditAction;
import vn.dangbo.baocao.audit.AuditTrail;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Hashes;
import vn.dangbo.baocao.common.Violation;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.Role;

/** The templates of each organisation, stored as uploaded, every version kept. */
@Service
public class TemplateCatalog {

    /** A template is a few kilobytes of YAML; the bundled ones are under 20 KB. */
    public static final int MAX_SOURCE_BYTES = 256 * 1024;

    /** A stored version of a template. */
    public record StoredTemplate(long rowId, String key, int version, String title, String source) {}

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Map<Long, ReportTemplate> parsed = new ConcurrentHashMap<>();

    TemplateCatalog(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Stores a template; an existing id gets its next version. Nothing is stored when it is invalid. */
    @Transactional
    public StoredTemplate upload(Actor actor, String source) {
        if (!actor.has(Role.ADMIN) && !actor.has(Role.OFFICE)) {
            throw AppException.forbidden("error.template.forbidden");
        }
        if (source != null && source.length() > MAX_SOURCE_BYTES) {
            throw AppException.tooLarge("error.template.tooLarge", MAX_SOURCE_BYTES >> 10);
        }
        StoredTemplate stored = store(actor.organisationId(), actor.username(), source);
        if (jdbc.sql("select count(*) from report_template where organisation_id = ? and template_key = ? "
                                + "and published_by is not null")
                        .params(actor.organisationId(), stored.key())
                        .query(Long.class)
                        .single()
                > 0) {
            throw AppException.conflict("round.error.templatePublished", stored.key()); // rolls the upload back
        }
        audit.record(
                actor,
                AuditAction.TEMPLATE_UPLOADED,
                "template:" + stored.key() + "@" + stored.version(),
                null,
                stored.title(),
                Hashes.sha256(source));
        return stored;
    }

    /** Stores a template without an acting user (the demo seed). */
    @Transactional
    public StoredTemplate store(long organisationId, String author, String source) {
        ReportTemplate template;
        try {
            template = TemplateParser.parse(source);
        } catch (TemplateException e) {
            throw AppException.invalid(
                    e.problems().stream()
                            .map(p -> new Violation(p.path(), p.message()))
                            .toList(),
                    "error.template.invalid",
                    e.problems().size());
        }
        // one upload of a template id at a time, so versions are consecutive
        jdbc.sql("select 1 from pg_advisory_xact_lock(cast(? as int), hashtext(?))")
                .params(organisationId, template.id())
                .query((rs, n) -> 1)
                .single();
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from report_template "
                        + "where organisation_id = ? and template_key = ?")
                .params(organisationId, template.id())
                .query(Integer.class)
                .single();
        long rowId = jdbc.sql("""
                insert into report_template (organisation_id, template_key, version, title, source, created_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(organisationId, template.id(), version, template.title(), source, author)
                .query(Long.class)
                .single();
        return new StoredTemplate(rowId, template.id(), version, template.title(), source);
    }

    /** The latest version of every template of the organisation. */
    public List<StoredTemplate> latest(long organisationId) {
        return jdbc.sql("""
                select distinct on (template_key) id, template_key, version, title, source from report_template
                where organisation_id = ? order by template_key, version desc""").param(organisationId).query(this::stored).list();
    }

    public Optional<StoredTemplate> latest(long organisationId, String key) {
        return jdbc.sql("""
                select id, template_key, version, title, source from report_template
                where organisation_id = ? and template_key = ? order by version desc limit 1""").params(organisationId, key).query(this::stored).optional();
    }

    /** Every stored version of a template, newest first. */
    public List<StoredTemplate> versions(long organisationId, String key) {
        return jdbc.sql("""
                select id, template_key, version, title, source from report_template
                where organisation_id = ? and template_key = ? order by version desc""").params(organisationId, key).query(this::stored).list();
    }

    public Optional<StoredTemplate> version(long organisationId, String key, int version) {
        return jdbc.sql("""
                select id, template_key, version, title, source from report_template
                where organisation_id = ? and template_key = ? and version = ?""")
                .params(organisationId, key, version)
                .query(this::stored)
                .optional();
    }

    /** The key and version of stored rows, read in one query without their source (for lists of reports). */
    public Map<Long, KeyVersion> keysOf(java.util.Collection<Long> rowIds) {
        Map<Long, KeyVersion> keys = new java.util.HashMap<>();
        if (!rowIds.isEmpty()) {
            jdbc.sql("select id, template_key, version from report_template where id in (:ids)")
                    .param("ids", rowIds)
                    .query(rs -> {
                        keys.put(rs.getLong(1), new KeyVersion(rs.getString(2), rs.getInt(3)));
                    });
        }
        return keys;
    }

    public record KeyVersion(String key, int version) {}

    public StoredTemplate row(long rowId) {
        return jdbc.sql("select id, template_key, version, title, source from report_template where id = ?")
                .param(rowId)
                .query(this::stored)
                .single();
    }

    /** The parsed template of a stored version; versions never change, so they are parsed once. */
    public ReportTemplate template(long rowId) {
        return parsed.computeIfAbsent(rowId, id -> TemplateParser.parse(row(id).source()));
    }

    public ReportTemplate template(StoredTemplate stored) {
        return parsed.computeIfAbsent(stored.rowId(), id -> TemplateParser.parse(stored.source()));
    }

    private StoredTemplate stored(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StoredTemplate(
                rs.getLong("id"),
                rs.getString("template_key"),
                rs.getInt("version"),
                rs.getString("title"),
                rs.getString("source"));
    }
}
