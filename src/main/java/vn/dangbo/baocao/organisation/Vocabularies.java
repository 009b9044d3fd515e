package vn.dangbo.baocao.organisation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.audit.AuditAction;
import vn.dangbo.baocao.audit.AuditTrail;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.Violation;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.CurrentActor;
import vn.dangbo.baocao.identity.Role;

/**
 * Each organisation's words and signer positions: stored ones (organisation_vocabulary), else a Party committee's,
 * so an organisation nobody has set up says and prints what it always did. Tells {@link Messages} the acting user's words.
 * Read often (every text naming a unit), so kept for a short while per organisation; a change here drops it at once.
 */
@Service
public class Vocabularies {

    private static final Duration FRESH = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CurrentActor current;
    private final Clock clock;
    private final Map<Long, Held> held = new ConcurrentHashMap<>();

    private record Held(Vocabulary vocabulary, Instant until) {}

    Vocabularies(JdbcClient jdbc, AuditTrail audit, CurrentActor current, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
        Messages.speakWith(
                () -> current.find().map(a -> of(a.organisationId()).words()).orElse(null), id -> of(id).words());
    }

    /** The organisation's vocabulary, stored or by default. */
    public Vocabulary of(long organisationId) {
        Instant now = clock.instant();
        Held h = held.get(organisationId);
        if (h == null || now.isAfter(h.until())) {
            h = new Held(load(organisationId), now.plus(FRESH));
            held.put(organisationId, h);
        }
        return h.vocabulary();
    }

    /** The administrator's view of the settings. */
    @Transactional(readOnly = true)
    public Vocabulary get(Actor actor) {
        requireAdmin(actor);
        return load(actor.organisationId());
    }

    /** The defaults of a kind, for the screen's "take the defaults". */
    public Vocabulary defaults(OrganisationKind kind) {
        return Vocabulary.defaults(kind);
    }

    @Transactional
    public Vocabulary change(Actor actor, VocabularyChange change) {
        requireAdmin(actor);
        Vocabulary before = load(actor.organisationId());
        OrganisationKind kind = change.kind() == null ? before.kind() : change.kind();
        Vocabulary defaults = Vocabulary.defaults(kind);
        List<Violation> problems = new ArrayList<>();
        Vocabulary after = new Vocabulary(
                kind,
                VocabularyRules.word("unit", orDefault(change.unit(), defaults.unit()), 64, problems),
                VocabularyRules.word("office", orDefault(change.office(), defaults.office()), 128, problems),
                VocabularyRules.word(
                        "leadership", orDefault(change.leadership(), defaults.leadership()), 128, problems),
                VocabularyRules.authority(orDefault(change.authority(), defaults.authority()), problems),
                VocabularyRules.positions(
                        change.positions() == null ? defaults.positions() : change.positions(), problems));
        if (problems.isEmpty()) {
            positionsInUse(actor.organisationId(), after.positions(), problems);
        }
        if (!problems.isEmpty()) {
            String all = problems.stream().map(Violation::message).distinct().collect(Collectors.joining(" "));
            throw AppException.invalid(problems, "error.admin.invalid", all);
        }
        jdbc.sql("""
                        insert into organisation_vocabulary (organisation_id, kind, unit_word, office_name,
                            leadership_name, signing_authority, positions, changed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (organisation_id) do update set kind = excluded.kind,
                            unit_word = excluded.unit_word, office_name = excluded.office_name,
                            leadership_name = excluded.leadership_name,
                            signing_authority = excluded.signing_authority, positions = excluded.positions,
                            changed_at = excluded.changed_at
                        """)
                .params(
                        actor.organisationId(),
                        after.kind().name(),
                        after.unit(),
                        after.office(),
                        after.leadership(),
                        after.authority(),
                        String.join("\n", after.positions()),
                        java.sql.Timestamp.from(clock.instant()))
                .update();
        String details = differences(before, after);
        if (!details.isEmpty()) {
            audit.record(
                    actor,
                    AuditAction.UNIT_CHANGED,
                    "organisation:" + actor.organisation().code(),
                    null,
                    Messages.get("audit.vocabulary.changed", details),
                    null);
        }
        held.remove(actor.organisationId());
        return after;
    }

    private Vocabulary load(long organisationId) {
        return jdbc.sql("""
                        select kind, unit_word, office_name, leadership_name, signing_authority, positions
                        from organisation_vocabulary where organisation_id = ?
                        """)
                .param(organisationId)
                .query((rs, n) -> new Vocabulary(
                        OrganisationKind.valueOf(rs.getString("kind")),
                        rs.getString("unit_word"),
                        rs.getString("office_name"),
                        rs.getString("leadership_name"),
                        rs.getString("signing_authority"),
                        Arrays.asList(rs.getString("positions").split("\n"))))
                .optional()
                .orElseGet(() -> Vocabulary.defaults(OrganisationKind.PARTY_COMMITTEE));
    }

    private void positionsInUse(long organisationId, List<String> positions, List<Violation> problems) {
        jdbc
                .sql("select username, position from app_user where organisation_id = ? and position is not null"
                        + " order by username")
                .param(organisationId)
                .query((rs, n) -> new String[] {rs.getString("username"), rs.getString("position")})
                .list()
                .stream()
                .filter(u -> !positions.contains(u[1]))
                .findFirst()
                .ifPresent(u -> problems.add(
                        new Violation("positions", Messages.get("error.vocabulary.positionInUse", u[1], u[0]))));
    }

    private static String differences(Vocabulary before, Vocabulary after) {
        List<String> details = new ArrayList<>();
        if (before.kind() != after.kind()) {
            details.add(Messages.get(
                    "audit.vocabulary.kind",
                    Messages.get("vocabulary.kind." + after.kind().name())));
        }
        add(details, before.unit(), after.unit(), "audit.vocabulary.unit");
        add(details, before.office(), after.office(), "audit.vocabulary.office");
        add(details, before.leadership(), after.leadership(), "audit.vocabulary.leadership");
        add(details, before.authority(), after.authority(), "audit.vocabulary.authority");
        if (!before.positions().equals(after.positions())) {
            details.add(Messages.get("audit.vocabulary.positions", String.join(", ", after.positions())));
        }
        return String.join("; ", details);
    }

    private static void add(List<String> details, String before, String after, String key) {
        if (!Objects.equals(before, after)) {
            details.add(Messages.get(key, after));
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw AppException.forbidden("error.admin.forbidden");
        }
    }
}
