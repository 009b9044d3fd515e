package vn.dangbo.baocao.round;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.audit.AuditAction;
import vn.dangbo.baocao.audit.AuditTrail;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Hashes;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.TextInput;
import vn.dangbo.baocao.common.Violation;
import vn.dangbo.baocao.contribution.SectionContent;
import vn.dangbo.baocao.contribution.SectionItem;
import vn.dangbo.baocao.contribution.SectionRepository;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.Organisation;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.identity.Unit;
import vn.dangbo.baocao.identity.UnitKind;
import vn.dangbo.baocao.issuance.IssuanceService.FileDownload;
import vn.dangbo.baocao.notification.NotificationKind;
import vn.dangbo.baocao.notification.NotificationService;
import vn.dangbo.baocao.organisation.OrganisationRepository;
import vn.dangbo.baocao.report.OpenReport;
import vn.dangbo.baocao.report.OpeningChoices;
import vn.dangbo.baocao.report.ReportService;
import vn.dangbo.baocao.template.Placeholders;
import vn.dangbo.baocao.template.ReportTemplate;
import vn.dangbo.baocao.template.TemplateCatalog;
import vn.dangbo.baocao.template.TemplateItem;
import vn.dangbo.baocao.template.TemplateSection;
import vn.dangbo.baocao.template.TemplateTexts;

/**
 * The reporting round: the superior's office sends a request to its child organisations, each child's office
 * confirms it (which opens the child's own report), the issued documents come back (see {@link RoundReceipts}),
 * and the superior reads the board and the aggregate and starts its own report from the totals.
 */
@Service
public class RoundService {

    static final int MAX_BASIS_NUMBER = 64;
    static final String LIBRARY_AUTHOR = "cap-tren";

    private final RoundRepository rounds;
    private final RoundWorkflow workflow;
    private final TemplateCatalog templates;
    private final OrganisationRepository organisations;
    private final ReportService reports;
    private final SectionRepository sections;
    private final AuditTrail audit;
    private final NotificationService notifications;
    private final Clock clock;
    private final Duration reminderBefore;

    RoundService(
            RoundRepository rounds,
            RoundWorkflow workflow,
            TemplateCatalog templates,
            OrganisationRepository organisations,
            ReportService reports,
            SectionRepository sections,
            AuditTrail audit,
            NotificationService notifications,
            Clock clock,
            @Value("${app.deadline.reminder-before:P1D}") Duration reminderBefore) {
        this.rounds = rounds;
        this.workflow = workflow;
        this.templates = templates;
        this.organisations = organisations;
        this.reports = reports;
        this.sections = sections;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
        this.reminderBefore = reminderBefore;
    }

    // ---- the superior's office

    @Transactional
    public long send(Actor actor, NewRound command) {
        requireOffice(actor);
        List<Violation> problems = new ArrayList<>();
        if (command.period() == null
                || command.period().kind() == null
                || !command.period().valid()) {
            problems.add(new Violation("period", msg("error.open.period")));
        }
        if (command.deadline() == null || !command.deadline().isAfter(clock.instant())) {
            problems.add(new Violation("deadline", msg("error.open.deadline")));
        }
        String number = TextInput.check(
                "basisNumber",
                msg("round.field.basisNumber"),
                command.basisNumber(),
                MAX_BASIS_NUMBER,
                false,
                problems);
        String basis = TextInput.check("basis", msg("field.basis"), command.basis(), 5000, true, problems);
        String title = TextInput.check("title", msg("field.title"), command.title(), 500, false, problems);
        if (number == null || number.isBlank()) {
            problems.add(new Violation("basisNumber", msg("round.error.basisNumber")));
        }
        if (basis == null || basis.isBlank()) {
            problems.add(new Violation("basis", msg("round.error.basis")));
        }
        Optional<TemplateCatalog.StoredTemplate> stored = command.templateId() == null
                ? Optional.empty()
                : templates.latest(actor.organisationId(), command.templateId());
        if (stored.isEmpty()) {
            problems.add(new Violation("templateId", msg("error.open.templateUnknown", command.templateId())));
        }
        List<RoundRepository.Child> children = rounds.children(actor.organisationId()).stream()
                .filter(c -> command.children() == null
                        || command.children().isEmpty()
                        || command.children().contains(c.code()))
                .toList();
        if (children.isEmpty()) {
            problems.add(new Violation("children", msg("round.error.noChildren")));
        }
        if (!problems.isEmpty()) {
            throw AppException.invalid(problems, "round.error.invalid");
        }
        String roundTitle = title == null || title.isBlank()
                ? templates.template(stored.get()).title() + " "
                        + command.period().label()
                : title;
        NewRound clean = new NewRound(
                stored.get().key(),
                command.period(),
                roundTitle,
                number.strip(),
                basis.strip(),
                command.deadline(),
                children.stream().map(RoundRepository.Child::code).toList());
        long roundId = rounds.insert(
                actor.organisationId(),
                stored.get().rowId(),
                stored.get().key(),
                clean,
                roundTitle,
                actor.username(),
                clock.instant());
        children.forEach(c -> rounds.insertChild(roundId, c.id()));
        Instant remindAt = command.deadline().minus(reminderBefore);
        String processInstanceId = workflow.start(
                roundId,
                actor.organisation().tenantId(),
                actor.unit().groupId(actor.organisation()),
                children.stream().map(RoundRepository.Child::code).toList(),
                command.deadline(),
                remindAt.isBefore(clock.instant()) ? clock.instant() : remindAt);
        rounds.setProcessInstance(roundId, processInstanceId);
        audit.record(
                actor,
                AuditAction.ROUND_SENT,
                "round:" + roundId,
                null,
                msg("round.audit.sent", roundTitle, clean.basisNumber(), children.size()),
                null);
        return roundId;
    }

    /** The active child organisations a request can go to (all ticked by default). */
    @Transactional(readOnly = true)
    public List<ChildOrganisation> children(Actor actor) {
        requireOffice(actor);
        return rounds.children(actor.organisationId()).stream()
                .map(c -> new ChildOrganisation(c.code(), c.name()))
                .toList();
    }

    /** Templates, chi bộ and signers of the actor's own organisation, to send, confirm or open from a round. */
    @Transactional(readOnly = true)
    public OpeningChoices choices(Actor actor) {
        requireOffice(actor);
        return reports.openingChoices(actor);
    }

    /** The labels of the round template's figures, by indicator key. */
    @Transactional(readOnly = true)
    public Map<String, String> figureLabels(Actor actor, long roundId) {
        Round round = own(actor, roundId);
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        templates.template(round.templateId()).allItems().stream()
                .flatMap(i -> i.inputs().stream())
                .forEach(i -> labels.putIfAbsent(i.key(), i.label()));
        return labels;
    }

    @Transactional(readOnly = true)
    public List<Round> rounds(Actor actor) {
        requireReader(actor);
        return rounds.rounds(actor.organisationId());
    }

    @Transactional(readOnly = true)
    public RoundBoard board(Actor actor, long roundId) {
        Round round = own(actor, roundId);
        Instant now = clock.instant();
        List<RoundBoard.Line> lines = rounds.board(roundId, actor.organisationId()).stream()
                .map(row -> {
                    RoundStatus status = status(row, round, now);
                    return new RoundBoard.Line(
                            row.code(),
                            row.name(),
                            status,
                            status.label(),
                            row.reportId(),
                            row.symbol(),
                            row.issuedOn(),
                            row.receivedAt(),
                            row.version(),
                            row.returned(),
                            row.incomingId());
                })
                .toList();
        return new RoundBoard(round, lines, round.superiorReportId());
    }

    @Transactional(readOnly = true)
    public RoundAggregate aggregate(Actor actor, long roundId) {
        Round round = own(actor, roundId);
        Map<String, IncomingDocument> received = rounds.latestOfRound(actor.organisationId(), roundId).stream()
                .collect(Collectors.toMap(IncomingDocument::senderCode, Function.identity()));
        List<RoundAggregate.ChildRow> rows = rounds.board(roundId, actor.organisationId()).stream()
                .map(row -> new RoundAggregate.ChildRow(
                        row.name(),
                        Optional.ofNullable(received.get(row.code()))
                                .map(IncomingDocument::figures)
                                .orElse(Map.of()),
                        Optional.ofNullable(received.get(row.code()))
                                .map(IncomingDocument::tables)
                                .orElse(Map.of())))
                .toList();
        Organisation superior =
                organisations.organisation(round.organisationId()).orElseThrow();
        // titles of the tables say the round's period ("Danh sách dự án năm {year}")
        ReportTemplate template = TemplateTexts.fill(
                templates.template(round.templateId()),
                Placeholders.forReport(
                        round.period().kind().name(),
                        round.period().year(),
                        round.period().number(),
                        superior.shortName(),
                        superior.placeName()));
        return RoundAggregate.of(template, rows);
    }

    @Transactional(readOnly = true)
    public FileDownload aggregateWorkbook(Actor actor, long roundId) {
        byte[] content = AggregateWorkbook.write(msg("round.aggregate.rowHeader"), aggregate(actor, roundId));
        return new FileDownload(
                "tong-hop-dot-" + roundId + "-" + Formats.today(clock) + ".xlsx", content, Hashes.sha256(content));
    }

    /**
     * Opens the superior's own report of the round's template and period, the totals as the office's starting
     * figures; it then runs the usual collection, consolidation, approval and issue in the superior's register.
     */
    @Transactional
    public long openSuperiorReport(Actor actor, long roundId, ConfirmRequest command) {
        requireOffice(actor);
        Round round = rounds.lock(roundId)
                .filter(r -> r.organisationId() == actor.organisationId())
                .orElseThrow(() -> AppException.notFound("round.error.notFound", roundId));
        if (round.superiorReportId() != null) {
            throw AppException.conflict("round.error.superiorOpened", round.superiorReportId());
        }
        RoundAggregate aggregate = aggregate(actor, roundId);
        Instant deadline = round.deadline().isAfter(clock.instant())
                ? round.deadline().plus(Duration.ofDays(7))
                : clock.instant().plus(Duration.ofDays(7));
        long reportId = reports.open(
                actor,
                new OpenReport(
                        round.templateKey(),
                        round.period(),
                        round.title(),
                        null,
                        deadline,
                        command.assignments(),
                        command.participants(),
                        null,
                        command.signerUsername(),
                        null,
                        command.correctionReason()));
        startingFigures(actor, reportId, templates.template(round.templateId()), aggregate.totals());
        rounds.setSuperiorReport(roundId, reportId);
        return reportId;
    }

    /**
     * The superior's office closes a round: its process ends (no more reminders, nothing awaited), requests not
     * yet confirmed are withdrawn, and the children that have not sent are told; their open reports stay theirs.
     */
    @Transactional
    public void close(Actor actor, long roundId, String reason) {
        requireOffice(actor);
        Round round = rounds.lock(roundId)
                .filter(r -> r.organisationId() == actor.organisationId())
                .orElseThrow(() -> AppException.notFound("round.error.notFound", roundId));
        List<Violation> problems = new ArrayList<>();
        String text = TextInput.check("reason", msg("ui.round.closeReason"), reason, 2000, true, problems);
        if (text == null || text.isBlank()) {
            problems.add(new Violation("reason", msg("round.error.closeReason")));
        }
        if (!problems.isEmpty()) {
            throw AppException.invalid(problems, "round.error.invalid");
        }
        if (!rounds.close(roundId, actor.username(), text.strip(), clock.instant())) {
            throw AppException.conflict("round.error.closed");
        }
        workflow.stop(round.processInstanceId(), "closed by " + actor.username());
        for (RoundRepository.ChildLine line : rounds.childrenOf(roundId)) {
            if (!"ISSUED".equals(line.status())) {
                Organisation child =
                        organisations.organisation(line.organisationId()).orElseThrow();
                notifications.notifyUnit(
                        child.id(),
                        office(child).id(),
                        null,
                        line.reportId(),
                        NotificationKind.REQUEST,
                        msg("round.notice.closed", actor.organisation().shortName(), round.title(), text.strip()));
            }
        }
        audit.record(
                actor,
                AuditAction.ROUND_CLOSED,
                "round:" + roundId,
                null,
                msg("round.audit.closed", round.title(), text.strip()),
                null);
    }

    // ---- the child's office

    /** The requests of the actor's superiors, newest first. */
    @Transactional(readOnly = true)
    public List<ChildRequest> requests(Actor actor) {
        requireOffice(actor);
        List<ChildRequest> out = new ArrayList<>();
        for (RoundRepository.ChildLine line : rounds.requestsOf(actor.organisationId())) {
            Round round = rounds.round(line.roundId()).orElseThrow();
            if (round.closed() && "REQUESTED".equals(line.status())) {
                continue;
            }
            out.add(request(round, line));
        }
        return out;
    }

    /**
     * The child's office confirms the signer and the chi bộ: the child's report opens, prefilled, and its
     * lifecycle runs unchanged. After a return, the same call with a reason opens the correction.
     */
    @Transactional
    public long confirm(Actor actor, long roundId, ConfirmRequest command) {
        requireOffice(actor);
        RoundRepository.ChildLine line = rounds.lockChild(roundId, actor.organisationId())
                .orElseThrow(() -> AppException.notFound("round.error.notFound", roundId));
        Round round = rounds.round(roundId).orElseThrow();
        if (round.closed()) {
            throw AppException.conflict("round.error.closed");
        }
        boolean correction = !"REQUESTED".equals(line.status());
        if (correction
                && (command.correctionReason() == null
                        || command.correctionReason().isBlank())) {
            throw AppException.invalid(
                    List.of(new Violation("correctionReason", msg("error.open.correctionReason"))),
                    "round.error.invalid");
        }
        ChildRequest request = request(round, line);
        if (line.templateId() == null) {
            throw AppException.conflict("round.error.notReady");
        }
        long reportId = reports.open(
                actor,
                new OpenReport(
                        request.templateId(),
                        round.period(),
                        round.title(),
                        request.basis(),
                        round.deadline(),
                        command.assignments(),
                        command.participants(),
                        request.recipients(),
                        command.signerUsername(),
                        null,
                        correction ? command.correctionReason() : null));
        rounds.setChildReport(roundId, actor.organisationId(), reportId);
        if (!correction) {
            workflow.confirmTask(round.processInstanceId(), actor.organisation().code())
                    .ifPresent(task -> workflow.complete(task.getId()));
        }
        return reportId;
    }

    // ---- steps of the process

    /** Copies the template into the child's library (once) and names the child's office group. */
    @Transactional
    public String openInChild(long roundId, String childCode) {
        Round round = rounds.round(roundId).orElseThrow();
        Organisation child = organisations.organisationByCode(childCode).orElseThrow();
        RoundRepository.ChildLine line = rounds.lockChild(roundId, child.id()).orElseThrow();
        if (line.templateId() == null) {
            var copy = templates.store(
                    child.id(),
                    LIBRARY_AUTHOR,
                    templates.row(round.templateId()).source());
            rounds.publishedBy(copy.rowId(), round.organisationId());
            rounds.setChildTemplate(roundId, child.id(), copy.rowId());
            audit.recordSystem(
                    child.id(),
                    AuditAction.TEMPLATE_UPLOADED,
                    "template:" + copy.key() + "@" + copy.version(),
                    null,
                    msg("round.audit.published", round.basisNumber()),
                    null);
            Organisation superior =
                    organisations.organisation(round.organisationId()).orElseThrow();
            notifications.notifyUnit(
                    child.id(),
                    office(child).id(),
                    null,
                    null,
                    NotificationKind.REQUEST,
                    msg(
                            "round.notice.request",
                            superior.shortName(),
                            round.title(),
                            round.basisNumber(),
                            Formats.dateTime(round.deadline())));
        }
        return office(child).groupId(child);
    }

    Unit office(Organisation organisation) {
        return organisations.units(organisation.id()).stream()
                .filter(u -> u.kind() == UnitKind.OFFICE)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no office in " + organisation.code()));
    }

    private ChildRequest request(Round round, RoundRepository.ChildLine line) {
        Organisation superior =
                organisations.organisation(round.organisationId()).orElseThrow();
        int version =
                line.templateId() == null ? 0 : templates.row(line.templateId()).version();
        Optional<IncomingDocument> latest = rounds.latestIncoming(round.id(), line.organisationId());
        return new ChildRequest(
                round.id(),
                superior.shortName(),
                round.templateKey(),
                version,
                round.period(),
                round.title(),
                round.basis(),
                round.deadline(),
                List.of(superior.shortName() + ",", msg("round.recipient.archive")),
                line.status(),
                line.reportId(),
                latest.filter(d -> d.returnedAt() != null)
                        .map(IncomingDocument::returnComment)
                        .orElse(null));
    }

    private void startingFigures(Actor actor, long reportId, ReportTemplate template, Map<String, BigDecimal> totals) {
        for (TemplateSection section : template.contentSections()) {
            List<SectionItem> items = new ArrayList<>();
            for (TemplateItem item : section.items()) {
                Map<String, String> values = new java.util.LinkedHashMap<>();
                item.inputs().stream()
                        .filter(i -> totals.containsKey(i.key()))
                        .forEach(i -> values.put(
                                i.key(),
                                totals.get(i.key()).stripTrailingZeros().toPlainString()));
                items.add(new SectionItem(item.code(), "", values));
            }
            if (items.stream().anyMatch(i -> !i.indicators().isEmpty())) {
                sections.insert(new SectionContent(
                        reportId,
                        section.code(),
                        actor.unit().id(),
                        1,
                        items,
                        Hashes.sha256(sections.toJson(items)),
                        actor.username(),
                        actor.unit().code(),
                        clock.instant()));
            }
        }
    }

    private RoundStatus status(RoundRepository.BoardRow row, Round round, Instant now) {
        if (row.version() > 0 && !row.returned()) {
            return RoundStatus.ISSUED;
        }
        if (now.isAfter(round.deadline()) || row.escalated()) {
            return RoundStatus.LATE;
        }
        return "REQUESTED".equals(row.status()) ? RoundStatus.NOT_OPENED : RoundStatus.IN_PROGRESS;
    }

    Round own(Actor actor, long roundId) {
        requireReader(actor);
        return rounds.round(roundId)
                .filter(r -> r.organisationId() == actor.organisationId())
                .orElseThrow(() -> AppException.notFound("round.error.notFound", roundId));
    }

    private static void requireOffice(Actor actor) {
        if (!actor.has(Role.OFFICE)) {
            throw AppException.forbidden("error.office.only");
        }
    }

    private static void requireReader(Actor actor) {
        if (!actor.has(Role.OFFICE) && !actor.has(Role.LEADERSHIP)) {
            throw AppException.forbidden("error.office.only");
        }
    }

    private static String msg(String key, Object... args) {
        return Messages.get(key, args);
    }
}
