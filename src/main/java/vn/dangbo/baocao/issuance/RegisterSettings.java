package vn.dangbo.baocao.issuance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.audit.AuditAction;
import vn.dangbo.baocao.audit.AuditTrail;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.Violation;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.Role;

/** Setting where a register starts: the term's start date and the first number (continuing a paper register). */
@Service
public class RegisterSettings {

    static final int MAX_FIRST_NUMBER = 99_999;

    private final RegisterSettingStore store;
    private final FormatProfile profile;
    private final RegisterRule rule;
    private final AuditTrail audit;
    private final Clock clock;

    RegisterSettings(RegisterSettingStore store, FormatProfile profile, AuditTrail audit, Clock clock) {
        this.store = store;
        this.profile = profile;
        this.rule = new RegisterRule(profile.registerRestart());
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public RegisterSetting current(Actor actor, String documentType) {
        requireManager(actor);
        return store.find(actor.organisation(), knownType(documentType));
    }

    /** The document types a register can be kept for ("BC", "KH", ...). */
    public List<String> documentTypes() {
        return profile.numbering().documentTypes().values().stream()
                .distinct()
                .sorted()
                .toList();
    }

    @Transactional
    public RegisterSetting update(Actor actor, String documentType, LocalDate termStart, Integer firstNumber) {
        requireManager(actor);
        List<Violation> problems = new ArrayList<>();
        if (documentType == null || !documentTypes().contains(documentType)) {
            problems.add(new Violation("documentType", Messages.get("error.register.documentType", documentType)));
        }
        LocalDate today = Formats.today(clock);
        if (termStart == null) {
            problems.add(new Violation("termStart", Messages.get("error.register.termStart.missing")));
        } else if (termStart.isAfter(today)) {
            problems.add(new Violation(
                    "termStart", Messages.get("error.register.termStart.future", Formats.date(termStart))));
        }
        if (firstNumber == null || firstNumber < 1 || firstNumber > MAX_FIRST_NUMBER) {
            problems.add(new Violation("firstNumber", Messages.get("error.register.firstNumber", MAX_FIRST_NUMBER)));
        }
        if (!problems.isEmpty()) {
            throw AppException.invalid(problems, "error.register.invalid");
        }
        String issuer = actor.organisation().issuerCode();
        RegisterSetting before = store.find(actor.organisation(), documentType);
        RegisterSetting after =
                new RegisterSetting(issuer, documentType, termStart, firstNumber, actor.username(), clock.instant());
        LocalDate start = rule.start(after, termStart);
        int last = store.lastIssued(actor.organisationId(), issuer, documentType, start);
        if (last > 0 && !(start.equals(rule.start(before, termStart)) && before.firstNumber() == firstNumber)) {
            throw AppException.conflict("error.register.inUse", profile.symbol(last, documentType, issuer));
        }
        store.save(actor.organisationId(), after, actor.username(), after.updatedAt());
        if (last == 0) {
            store.restartUnused(actor.organisationId(), issuer, documentType, start, firstNumber);
        }
        audit.record(
                actor,
                AuditAction.REGISTER_CHANGED,
                "register:" + documentType,
                null,
                Messages.get("audit.register.changed", Formats.date(termStart), firstNumber),
                null);
        return store.find(actor.organisation(), documentType);
    }

    private String knownType(String documentType) {
        if (documentType == null || !documentTypes().contains(documentType)) {
            throw AppException.invalid("error.register.documentType", documentType);
        }
        return documentType;
    }

    private static void requireManager(Actor actor) {
        if (!actor.has(Role.OFFICE) && !actor.has(Role.ADMIN)) {
            throw AppException.forbidden("error.register.settingsForbidden");
        }
    }
}
