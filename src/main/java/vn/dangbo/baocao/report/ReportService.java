package vn.dangbo.baocao.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.audit.AuditAction;
import vn.dangbo.baocao.audit.AuditTargets;
import vn.dangbo.baocao.audit.AuditTrail;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.TextInput;
import vn.dangbo.baocao.common.Violation;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.identity.Unit;
import vn.dangbo.baocao.identity.UnitKind;
import vn.dangbo.baocao.organisation.AppUser;
import vn.dangbo.baocao.organisation.OrganisationRepository;
import vn.dangbo.baocao.template.ReportTemplate;
import vn.dangbo.baocao.template.SectionOwner;
import vn.dangbo.baocao.template.TemplateCatalog;

/** Opening, listing, reading and cancelling reports. */
@Service
public class ReportService {

    static final int MAX_TITLE = 500;
    static final int MAX_BASIS = 5000;
    static final int MAX_RECIPIENTS = 30;
    static final int MAX_RECIPIENT = 300;
    static final int MAX_REASON = 2000;

    private final ReportRepository reports;
    private final ReportAccess access;
    private final ReportWorkflow workflow;
    private final TemplateCatalog templates;
    private final OrganisationRepository organisations;
    private final AuditTrail audit;
    private final IssuedNumbers issuedNumbers;
    private final Clock clock;
    private final Duration reminderBefore;

    ReportService(
            ReportRepository reports,
            ReportAccess access,
            ReportWorkflow workflow,
            TemplateCatalog templates,
            OrganisationRepository organisations,
            AuditTrail audit,
            IssuedNumbers issuedNumbers,
            Clock clock,
            @Value("${app.deadline.reminder-before:P1D}") Duration reminderBefore) {
        this.reports = reports;
        this.access = access;
        this.workflow = workflow;
        this.templates = templates;
        this.organisations = organisations;
        this.audit = audit;
        this.issuedNumbers = issuedNumbers;
        this.clock = clock;
        this.reminderBefore = reminderBefore;
    }

    @Transactional
    public long open(Actor actor, OpenReport command) {
        access.requireOffice(actor);
        List<Violation> problems = new ArrayList<>();
        if (command.templateId() == null || command.templateId().isBlank()) {
            problems.add(new Violation("templateId", msg("error.open.template")));
        }
        if (command.period() == null
                || command.period().kind() == null
                || !command.period().valid()) {
            problems.add(new Violation("period", msg("error.open.period")));
        }
        if (command.deadline() == null || !command.deadline().isAfter(clock.instant())) {
            problems.add(new Violation("deadline", msg("error.open.deadline")));
        }
        String givenTitle = TextInput.check("title", msg("field.title"), command.title(), MAX_TITLE, false, problems);
        String givenBasis = TextInput.check("basis", msg("field.basis"), command.basis(), MAX_BASIS, true, problems);
        List<String> givenRecipients = new ArrayList<>();
        if (command.recipients() != null && command.recipients().size() > MAX_RECIPIENTS) {
            problems.add(new Violation("recipients", msg("error.open.recipients", MAX_RECIPIENTS)));
        } else if (command.recipients() != null) {
            command.recipients()
                    .forEach(r -> givenRecipients.add(TextInput.check(
                            "recipients",
                            msg("field.recipients"),
                            r == null ? "" : r,
                            MAX_RECIPIENT,
                            false,
                            problems)));
        }
        if (!problems.isEmpty()) {
            throw AppException.invalid(problems, "error.open.invalid");
        }
        TemplateCatalog.StoredTemplate stored = templates
                .latest(actor.organisationId(), command.templateId())
                .orElseThrow(() -> AppException.invalid(
                        List.of(new Violation("templateId", msg("error.open.templateUnknown", command.templateId()))),
                        "error.open.invalid"));
        ReportTemplate template = templates.template(stored);

        Map<String, Unit> roleUnits = new LinkedHashMap<>();
        Map<String, String> assignments = command.assignments() == null ? Map.of() : command.assignments();
        for (String roleKey : template.roleKeys()) {
            String unitCode = assignments.get(roleKey);
            if (unitCode == null || unitCode.isBlank()) {
                problems.add(new Violation("assignments." + roleKey, msg("error.open.roleMissing", roleKey)));
                continue;
            }
            chiBo(actor, unitCode)
                    .ifPresentOrElse(
                            u -> roleUnits.put(roleKey, u),
                            () -> problems.add(
                                    new Violation("assignments." + roleKey, msg("error.open.unitUnknown", unitCode))));
        }
        assignments.keySet().stream()
                .filter(k -> !template.roleKeys().contains(k))
                .forEach(k -> problems.add(new Violation("assignments." + k, msg("error.open.roleUnknown", k))));

        Set<Unit> participants = new LinkedHashSet<>(roleUnits.values());
        if (template.hasEachSections()) {
            if (command.participants() == null || command.participants().isEmpty()) {
                organisations.units(actor.organisationId()).stream()
                        .filter(u -> u.kind() == UnitKind.CHI_BO)
                        .forEach(participants::add);
            } else {
                for (String code : command.participants()) {
                    chiBo(actor, code)
                            .ifPresentOrElse(
                                    participants::add,
                                    () -> problems.add(
                                            new Violation("participants", msg("error.open.unitUnknown", code))));
                }
            }
        }
        AppUser signer = command.signerUsername() == null
                ? null
                : organisations
                        .userByUsername(command.signerUsername())
                        .filter(u -> u.organisationId() == actor.organisationId()
                                && u.roles().contains(Role.LEADERSHIP))
                        .orElse(null);
        if (signer == null) {
            problems.add(new Violation("signerUsername", msg("error.open.signer")));
        }
        if (!problems.isEmpty()) {
            throw AppException.invalid(problems, "error.open.invalid");
        }

        Optional<Report> replaced = lockedPreviousOfPeriod(actor, stored.key(), command.period());
        if (replaced.isPresent() && blank(command.correctionReason())) {
            Report existing = replaced.get();
            throw AppException.conflict(
                    "error.open.duplicate",
                    command.period().label(),
                    existing.title(),
                    StatusLabels.report(existing.status()));
        }

        String periodLabel = command.period().label();
        String title = blank(givenTitle) ? template.title() + " " + periodLabel : givenTitle;
        String basis =
                blank(givenBasis) ? PeriodPlaceholders.fill(template.basis(), actor, command.period()) : givenBasis;
        List<String> recipients = givenRecipients.isEmpty()
                ? template.recipients()
                : givenRecipients.stream().filter(s -> !s.isEmpty()).toList();
        long reportId = reports.insert(
                actor.organisationId(),
                stored.rowId(),
                command.period(),
                title,
                basis,
                command.deadline(),
                recipients,
                signer.id(),
                actor.unit().id(),
                actor.username(),
                command.authority() == null ? SigningAuthority.STANDING_COMMITTEE : command.authority());
        replaced.ifPresent(r -> reports.setCorrection(
                reportId, r.id(), command.correctionReason().strip()));
        participants.forEach(u -> reports.insertUnit(reportId, u.id(), command.deadline()));
        roleUnits.forEach((role, unit) -> reports.insertRole(reportId, role, unit.id()));

        Instant remindAt = command.deadline().minus(reminderBefore);
        List<String> groups =
                participants.stream().map(u -> u.groupId(actor.organisation())).toList();
        String processInstanceId = workflow.start(
                reportId,
                actor.organisation().tenantId(),
                groups,
                actor.unit().groupId(actor.organisation()),
                signer.username(),
                command.deadline(),
                remindAt.isBefore(clock.instant()) ? clock.instant() : remindAt);
        reports.setProcessInstance(reportId, processInstanceId);
        audit.record(
                actor,
                AuditAction.REPORT_OPENED,
                AuditTargets.report(reportId),
                reportId,
                title + " — " + stored.key() + "@" + stored.version()
                        + replaced.map(r -> " — "
                                        + msg(
                                                "audit.correction",
                                                r.id(),
                                                command.correctionReason().strip()))
                                .orElse(""),
                null);
        return reportId;
    }

    /** The report already opened for a template and a period, which a new one would replace (office only). */
    @Transactional(readOnly = true)
    public Optional<ReportView> openedForPeriod(Actor actor, String templateId, Period period) {
        access.requireOffice(actor);
        if (templateId == null
                || period == null
                || period.kind() == null
                || period.kind() == PeriodKind.ADHOC
                || !period.valid()) {
            return Optional.empty();
        }
        return reports.latestOfPeriod(actor.organisationId(), templateId, period)
                .map(r -> view(r, reports.units(r.id())));
    }

    /** The choices of the "open a report" screen (office only). */
    @Transactional(readOnly = true)
    public OpeningChoices openingChoices(Actor actor) {
        access.requireOffice(actor);
        List<OpeningChoices.TemplateChoice> choices = templates.latest(actor.organisationId()).stream()
                .map(stored -> {
                    ReportTemplate template = templates.template(stored);
                    Map<String, String> roles = new LinkedHashMap<>();
                    // a role named by one item only is shown with that item's heading
                    template.contentSections()
                            .forEach(s -> s.items().forEach(i -> {
                                SectionOwner owner = s.ownerOf(i);
                                if (owner.kind() == SectionOwner.Kind.ROLE) {
                                    roles.putIfAbsent(
                                            owner.roleKey(),
                                            owner.equals(s.owner())
                                                            || i.heading().isBlank()
                                                    ? s.numberedHeading()
                                                    : s.numberedHeading() + " — " + i.numberedHeading());
                                }
                            }));
                    return new OpeningChoices.TemplateChoice(
                            stored.key(),
                            stored.version(),
                            template.title(),
                            template.basis(),
                            template.recipients(),
                            roles,
                            template.hasEachSections());
                })
                .toList();
        List<OpeningChoices.UnitChoice> units = organisations.units(actor.organisationId()).stream()
                .filter(u -> u.kind() == UnitKind.CHI_BO)
                .map(u -> new OpeningChoices.UnitChoice(u.code(), u.name()))
                .toList();
        List<OpeningChoices.SignerChoice> signers = organisations.users(actor.organisationId()).stream()
                .filter(u -> u.enabled() && u.roles().contains(Role.LEADERSHIP))
                .map(u -> new OpeningChoices.SignerChoice(u.username(), u.fullName(), u.position()))
                .toList();
        return new OpeningChoices(choices, units, signers);
    }

    @Transactional(readOnly = true)
    public List<ReportView> list(Actor actor, ReportStatus status, Integer year) {
        List<Report> found = reports.list(actor.organisationId(), status, year);
        Map<Long, List<ReportUnit>> units =
                reports.unitsOf(found.stream().map(Report::id).toList());
        boolean seesAll = actor.has(Role.OFFICE) || actor.has(Role.LEADERSHIP) || actor.has(Role.ADMIN);
        return views(
                found.stream()
                        .filter(r -> seesAll
                                || units.getOrDefault(r.id(), List.of()).stream()
                                        .anyMatch(u ->
                                                u.unit().id() == actor.unit().id()))
                        .toList(),
                units);
    }

    @Transactional(readOnly = true)
    public ReportView get(Actor actor, long reportId) {
        Report report = access.visible(actor, reportId);
        return view(report, reports.units(reportId));
    }

    @Transactional
    public void cancel(Actor actor, long reportId, String reason) {
        access.ofOrganisation(actor, reportId);
        access.requireOffice(actor);
        if (blank(reason)) {
            throw AppException.invalid(
                    List.of(new Violation("reason", msg("error.cancel.reason"))), "error.cancel.reason");
        }
        List<Violation> problems = new ArrayList<>();
        reason = TextInput.check("reason", msg("field.reason"), reason, MAX_REASON, true, problems);
        if (!problems.isEmpty()) {
            throw AppException.invalid(problems, "error.text.invalid");
        }
        Report report = access.lockedForChange(actor, reportId);
        if (report.status() == ReportStatus.ISSUED || report.status() == ReportStatus.CANCELLED) {
            throw AppException.conflict("error.report.wrongStatus", StatusLabels.report(report.status()));
        }
        reports.cancel(reportId, reason.strip());
        workflow.cancel(report.processInstanceId());
        audit.record(actor, AuditAction.CANCELLED, AuditTargets.report(reportId), reportId, reason.strip(), null);
    }

    ReportView view(Report report, List<ReportUnit> units) {
        return views(List.of(report), Map.of(report.id(), units)).get(0);
    }

    /** The reports as shown, with three more queries whatever their number: templates, signers, numbers. */
    private List<ReportView> views(List<Report> found, Map<Long, List<ReportUnit>> units) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, TemplateCatalog.KeyVersion> template =
                templates.keysOf(found.stream().map(Report::templateId).collect(Collectors.toSet()));
        Map<Long, AppUser> users = organisations.users(found.get(0).organisationId()).stream()
                .collect(Collectors.toMap(AppUser::id, u -> u));
        Map<Long, IssuedNumbers.Issued> issued =
                issuedNumbers.of(found.stream().map(Report::id).toList());
        return found.stream()
                .map(r -> view(
                        r,
                        units.getOrDefault(r.id(), List.of()),
                        template.get(r.templateId()),
                        Optional.ofNullable(users.get(r.signerId())),
                        Optional.ofNullable(issued.get(r.id()))))
                .toList();
    }

    private static ReportView view(
            Report report,
            List<ReportUnit> units,
            TemplateCatalog.KeyVersion template,
            Optional<AppUser> signer,
            Optional<IssuedNumbers.Issued> issued) {
        return new ReportView(
                report.id(),
                report.title(),
                report.period(),
                report.period().label(),
                report.status(),
                report.deadline(),
                template.key(),
                template.version(),
                units.stream()
                        .map(u -> new ReportView.UnitView(
                                u.unit().code(),
                                u.unit().name(),
                                u.roleKeys(),
                                u.status(),
                                u.dueAt(),
                                u.overdue(),
                                u.submittedBy(),
                                u.submittedAt()))
                        .toList(),
                issued.map(IssuedNumbers.Issued::symbol).orElse(null),
                issued.map(IssuedNumbers.Issued::issuedAt).orElse(null),
                signer.map(AppUser::username).orElse(null),
                signer.map(AppUser::fullName).orElse(null),
                report.cancelReason(),
                report.signingAuthority(),
                report.replacesReportId(),
                report.correctionReason());
    }

    /** Ad-hoc reports may share a period; every other period is opened once unless corrected. */
    private Optional<Report> lockedPreviousOfPeriod(Actor actor, String templateKey, Period period) {
        if (period.kind() == PeriodKind.ADHOC) {
            return Optional.empty();
        }
        reports.lockPeriod(actor.organisationId(), templateKey, period);
        return reports.latestOfPeriod(actor.organisationId(), templateKey, period);
    }

    private java.util.Optional<Unit> chiBo(Actor actor, String code) {
        return organisations.unitByCode(actor.organisationId(), code).filter(u -> u.kind() == UnitKind.CHI_BO);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String msg(String key, Object... args) {
        return vn.dangbo.baocao.common.Messages.get(key, args);
    }
}
