package vn.dangbo.baocao.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.Violation;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.Role;

/** Reading the trail: a report's timeline for those who may see the report, the search for the admin. */
@Service
public class AuditLog {

    public static final int MAX_PAGE_SIZE = 200;
    /** An export holds at most this many entries; narrow the filter for more. */
    public static final int MAX_EXPORT = 100_000;
    /** What a chi bộ sees of the report as a whole in its timeline. */
    private static final Set<String> REPORT_EVENTS =
            Set.of(AuditAction.REPORT_OPENED.name(), AuditAction.ISSUED.name(), AuditAction.CANCELLED.name());

    private static final String SELECT = """
            select a.*, u.full_name as actor_name, un.name as unit_name from audit_entry a
            left join app_user u on u.username = a.actor and u.organisation_id = a.organisation_id
            left join unit un on un.organisation_id = a.organisation_id and un.code = a.unit_code
            """;

    private final JdbcClient jdbc;
    private final ReportVisibility access;
    private final AuditVerifier verifier;

    AuditLog(JdbcClient jdbc, ReportVisibility access, AuditVerifier verifier) {
        this.jdbc = jdbc;
        this.access = access;
        this.verifier = verifier;
    }

    /**
     * The entries of a report the actor may read, oldest first: everything for the office, the leadership and the
     * administrator; for a chi bộ its own entries, what was done to its part, and the report's opening, issue or
     * cancellation (not the office's comments to other units). Client addresses only for the administrator.
     */
    @Transactional(readOnly = true)
    public List<AuditRow> timeline(Actor actor, long reportId) {
        access.requireVisible(actor, reportId);
        List<AuditRow> rows = jdbc.sql(SELECT + "where a.organisation_id = ? and a.report_id = ? order by a.seq")
                .params(actor.organisationId(), reportId)
                .query(AuditLog::row)
                .list();
        boolean wholeReport = actor.has(Role.OFFICE) || actor.has(Role.LEADERSHIP) || actor.has(Role.ADMIN);
        return rows.stream()
                .filter(r -> wholeReport || concerns(r.unitCode(), r.target(), r.action(), actor))
                .map(r -> actor.has(Role.ADMIN) ? r : r.withoutClientAddress())
                .toList();
    }

    /** Whether a chi bộ may read an entry of a report's trail: its own, about its part, or the report's fate. */
    public static boolean concerns(String entryUnit, String entryTarget, String action, Actor actor) {
        if (actor.has(Role.OFFICE) || actor.has(Role.LEADERSHIP) || actor.has(Role.ADMIN)) {
            return true;
        }
        String unitCode = actor.unit().code();
        String target = entryTarget == null ? "" : entryTarget;
        return unitCode.equals(entryUnit)
                || target.equals(AuditTargets.unit(unitCode))
                || (target.startsWith("section:")
                        && (target.endsWith("/" + unitCode) || target.contains("/" + unitCode + "@")))
                || (target.startsWith("report:") && REPORT_EVENTS.contains(action));
    }

    /** A page by its number (offset); {@link #search(Actor, AuditFilter, Long, int, int)} reads deep pages faster. */
    @Transactional(readOnly = true)
    public AuditPage search(Actor actor, AuditFilter filter, int page, int size) {
        return search(actor, filter, null, page, size);
    }

    /**
     * One page, newest first, in one query and without counting the matches: {@code size + 1} entries are read
     * and the extra one only tells that a next page exists. With {@code before} (the {@code nextBefore} of the
     * previous page) the page starts below that entry and {@code page} only numbers it; without it, {@code page}
     * is an offset.
     */
    @Transactional(readOnly = true)
    public AuditPage search(Actor actor, AuditFilter filter, Long before, int page, int size) {
        requireAdmin(actor);
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw AppException.invalid(
                    List.of(new Violation("size", Messages.get("error.audit.page", MAX_PAGE_SIZE))),
                    "error.audit.page",
                    MAX_PAGE_SIZE);
        }
        Where where = where(actor, filter);
        String sql = where.sql;
        Map<String, Object> params = new LinkedHashMap<>(where.params);
        if (before != null) {
            sql += " and a.seq < :before";
            params.put("before", before);
        }
        List<AuditRow> rows = jdbc.sql(SELECT + sql + " order by a.seq desc limit :limit offset :offset")
                .params(params)
                .param("limit", size + 1)
                .param("offset", before != null ? 0L : (long) page * size)
                .query(AuditLog::row)
                .list();
        boolean hasNext = rows.size() > size;
        List<AuditRow> items = hasNext ? rows.subList(0, size) : rows;
        return new AuditPage(
                List.copyOf(items),
                page,
                size,
                hasNext,
                hasNext ? items.get(size - 1).seq() : null);
    }

    /** All entries matching the filter (up to {@link #MAX_EXPORT}), newest first, for an export. */
    @Transactional(readOnly = true)
    public List<AuditRow> export(Actor actor, AuditFilter filter) {
        requireAdmin(actor);
        Where where = where(actor, filter);
        return jdbc.sql(SELECT + where.sql + " order by a.seq desc limit :limit")
                .params(where.params)
                .param("limit", MAX_EXPORT)
                .query(AuditLog::row)
                .list();
    }

    /** Recomputes the actor's organisation's chain. */
    @Transactional(readOnly = true)
    public AuditVerifier.Result verify(Actor actor) {
        return verifier.verify(actor.organisationId());
    }

    /** The actions that can be searched for, with their Vietnamese names. */
    public static Map<String, String> actions() {
        Map<String, String> labels = new LinkedHashMap<>();
        Arrays.stream(AuditAction.values()).forEach(a -> labels.put(a.name(), label(a.name())));
        return labels;
    }

    public static String label(String action) {
        String text = Messages.get("audit.action." + action);
        return text.startsWith("audit.action.") ? action : text;
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw AppException.forbidden("error.audit.adminOnly");
        }
    }

    private record Where(String sql, Map<String, Object> params) {}

    private static Where where(Actor actor, AuditFilter filter) {
        List<String> conditions = new ArrayList<>(List.of("a.organisation_id = :org"));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("org", actor.organisationId());
        List<Violation> problems = new ArrayList<>();
        if (!blank(filter.user())) {
            conditions.add("a.actor = :user");
            params.put("user", filter.user().strip());
        }
        if (!blank(filter.unit())) {
            conditions.add("a.unit_code = :unit");
            params.put("unit", filter.unit().strip());
        }
        if (!blank(filter.action())) {
            if (Arrays.stream(AuditAction.values())
                    .noneMatch(a -> a.name().equals(filter.action().strip()))) {
                problems.add(new Violation("action", Messages.get("error.audit.action", filter.action())));
            }
            conditions.add("a.action = :action");
            params.put("action", filter.action().strip());
        }
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            problems.add(new Violation("from", Messages.get("error.audit.range")));
        }
        if (!problems.isEmpty()) {
            throw AppException.invalid(problems, "error.audit.filter");
        }
        if (filter.from() != null) {
            conditions.add("a.at >= :from");
            params.put(
                    "from",
                    Timestamp.from(filter.from().atStartOfDay(Formats.ZONE).toInstant()));
        }
        if (filter.to() != null) {
            conditions.add("a.at < :to");
            params.put(
                    "to",
                    Timestamp.from(
                            filter.to().plusDays(1).atStartOfDay(Formats.ZONE).toInstant()));
        }
        return new Where("where " + String.join(" and ", conditions), params);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static AuditRow row(ResultSet rs, int n) throws SQLException {
        AuditEntry e = AuditRows.entry(rs, n);
        return new AuditRow(
                e.seq(),
                e.at(),
                e.actor(),
                rs.getString("actor_name"),
                e.unitCode(),
                rs.getString("unit_name"),
                e.clientAddress(),
                e.action(),
                label(e.action()),
                e.target(),
                e.reportId(),
                e.detail(),
                e.contentHash(),
                e.hash(),
                AuditTargets.version(e.target()));
    }
}
