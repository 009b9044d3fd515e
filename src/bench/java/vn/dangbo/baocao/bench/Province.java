package vn.dangbo.baocao.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.baocao.contribution.ContributionService;
import vn.dangbo.baocao.contribution.SectionView;
import vn.dangbo.baocao.inbox.InboxService;
import vn.dangbo.baocao.inbox.TaskView;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.organisation.AppUser;
import vn.dangbo.baocao.organisation.CamundaIdentitySync;
import vn.dangbo.baocao.identity.Organisation;
import vn.dangbo.baocao.organisation.OrganisationRepository;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.identity.Unit;
import vn.dangbo.baocao.identity.UnitKind;
import vn.dangbo.baocao.report.OpenReport;
import vn.dangbo.baocao.report.Period;
import vn.dangbo.baocao.report.PeriodKind;
import vn.dangbo.baocao.report.Reports;
import vn.dangbo.baocao.report.ReportService;
import vn.dangbo.baocao.report.ReportStatus;
import vn.dangbo.baocao.report.TaskKind;
import vn.dangbo.baocao.template.TemplateCatalog;

/**
 * Organisations of the benchmark and one report's life through the application services, with Actors built
 * from the organisation's rows (no HTTP, no raw SQL for domain data).
 */
final class Province {

    static final String[] COMMUNES = {"Xuân Hưng", "Yên Mỹ", "Gia Viễn", "Kim Sơn", "Nho Quan", "Hoa Lư", "Tam Điệp",
        "Yên Khánh", "Gia Sinh", "Trường Yên", "Ninh Hải", "Khánh Nhạc", "Lai Thành", "Phát Diệm", "Cúc Phương"};
    static final String[][] CHI_BO = {{"ubnd", "Chi bộ Ủy ban nhân dân xã"}, {"congan", "Chi bộ Công an xã"},
        {"truong", "Chi bộ Trường THCS"}, {"mamnon", "Chi bộ Trường Mầm non"}, {"tieuhoc", "Chi bộ Trường Tiểu học"},
        {"tramyte", "Chi bộ Trạm Y tế xã"}, {"quansu", "Chi bộ Quân sự xã"}, {"thondong", "Chi bộ thôn Đông Hạ"},
        {"thontay", "Chi bộ thôn Tây Thượng"}, {"thonbac", "Chi bộ thôn Bắc Sơn"}};

    /** One organisation with its actors. */
    record Org(Organisation organisation, Actor office, Actor signer, List<Actor> units) {
    }

    /** Step latencies of the lifecycle (shared by all drivers). */
    record Steps(Stats open, Stats save, Stats submit, Stats accept, Stats forward, Stats approve, Stats inbox) {
        static Steps create(String prefix) {
            return new Steps(new Stats(prefix + "open"), new Stats(prefix + "save"), new Stats(prefix + "submit"),
                    new Stats(prefix + "accept"), new Stats(prefix + "forward"), new Stats(prefix + "approve"),
                    new Stats(prefix + "inbox"));
        }
    }

    private final OrganisationRepository organisations;
    private final TemplateCatalog templates;
    private final CamundaIdentitySync identities;
    private final TransactionTemplate transaction;
    private final ReportService reportService;
    private final ContributionService contributions;
    private final InboxService inbox;
    private final Reports reports;
    private final String templateSource;
    private final String passwordHash = "{noop}benchmark-users-do-not-sign-in";

    Province(ApplicationContext context) {
        organisations = context.getBean(OrganisationRepository.class);
        templates = context.getBean(TemplateCatalog.class);
        identities = context.getBean(CamundaIdentitySync.class);
        transaction = context.getBean(TransactionTemplate.class);
        reportService = context.getBean(ReportService.class);
        contributions = context.getBean(ContributionService.class);
        inbox = context.getBean(InboxService.class);
        reports = context.getBean(Reports.class);
        try (InputStream in = Province.class.getResourceAsStream("/templates/nq57-thang.yml")) {
            templateSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An organisation with an office, a standing committee and {@code chiBo} chi bộ, one user each. */
    Org create(String code, String place, int chiBo) {
        long id = transaction.execute(status -> {
            long org = organisations.insertOrganisation(new Organisation(0, code, "ĐẢNG ỦY XÃ " + place.toUpperCase(),
                    "ĐẢNG BỘ TỈNH NINH BÌNH", place, "ĐU", "Đảng ủy xã " + place, LocalDate.of(2025, 7, 1)));
            long office = organisations.insertUnit(org, "vpdu", "Văn phòng Đảng ủy", UnitKind.OFFICE);
            long leadership = organisations.insertUnit(org, "btv", "Ban Thường vụ Đảng ủy", UnitKind.LEADERSHIP);
            organisations.insertUser(org, code + "-vanphong", passwordHash, "Trần Thị Mai", office,
                    Set.of(Role.OFFICE), null);
            organisations.insertUser(org, code + "-bithu", passwordHash, "Phạm Văn Thắng", leadership,
                    Set.of(Role.LEADERSHIP), "BÍ THƯ");
            for (int i = 0; i < chiBo; i++) {
                long unit = organisations.insertUnit(org, CHI_BO[i][0], CHI_BO[i][1], UnitKind.CHI_BO);
                organisations.insertUser(org, code + "-" + CHI_BO[i][0], passwordHash, "Bí thư " + CHI_BO[i][1],
                        unit, Set.of(Role.UNIT), null);
            }
            templates.store(org, code + "-vanphong", templateSource);
            return org;
        });
        Organisation organisation = organisations.organisation(id).orElseThrow();
        identities.sync(organisation);
        List<Actor> units = new ArrayList<>();
        Actor office = null;
        Actor signer = null;
        for (AppUser user : organisations.users(id)) {
            Unit unit = organisations.unit(user.unitId()).orElseThrow();
            Actor actor = new Actor(user.id(), user.username(), user.fullName(), organisation, unit, user.roles(),
                    user.position());
            if (user.roles().contains(Role.OFFICE)) {
                office = actor;
            } else if (user.roles().contains(Role.LEADERSHIP)) {
                signer = actor;
            } else {
                units.add(actor);
            }
        }
        return new Org(organisation, office, signer, units);
    }

    /** Opens a monthly seed-000 report; the three roles go to the first three chi bộ (or all to the only one). */
    long open(Org org, int year, int month, Steps steps) {
        Map<String, String> roles = new LinkedHashMap<>();
        String[] keys = {"ubnd", "congan", "truong"};
        for (int i = 0; i < keys.length; i++) {
            roles.put(keys[i], org.units().get(Math.min(i, org.units().size() - 1)).unit().code());
        }
        OpenReport command = new OpenReport("nq57-thang", new Period(PeriodKind.MONTH, year, month), null, null,
                Instant.now().plus(Duration.ofDays(20)), roles, null, null, org.signer().username(), null, null);
        long[] id = new long[1];
        steps.open().time(() -> id[0] = reportService.open(org.office(), command));
        return id[0];
    }

    /** The unit writes every part of its task (one save per section). */
    void write(Actor unit, long reportId, int month, Random random, Steps steps) {
        for (SectionView section : contributions.unitSections(unit, reportId, unit.unit().code())) {
            var items = Content.items(section, unit.unit().name(), month, random);
            steps.save().time(() -> contributions.save(unit, reportId, section.code(), section.unitCode(), items,
                    section.version(), false));
        }
    }

    /** The unit's open task of a kind in a report, read from its inbox. */
    String task(Actor actor, long reportId, TaskKind kind, Steps steps) {
        List<TaskView> tasks = new ArrayList<>();
        steps.inbox().time(() -> tasks.addAll(inbox.tasks(actor)));
        return tasks.stream().filter(t -> t.reportId() == reportId && t.kind() == kind).map(TaskView::id)
                .findFirst().orElseThrow(() -> new IllegalStateException(kind + " task missing for " + actor.username()
                        + " in report " + reportId));
    }

    void submit(Actor unit, String taskId, Steps steps) {
        steps.submit().time(() -> inbox.complete(unit, taskId, InboxService.Action.SUBMIT, null));
    }

    /** open → every unit writes and submits → the office accepts each → consolidate → forward → approve. */
    long throughApproval(Org org, int year, int month, Random random, Steps steps) {
        long id = open(org, year, month, steps);
        return throughApproval(org, id, month, random, steps);
    }

    /** The same for a report already open (e.g. confirmed from a superior's request). */
    long throughApproval(Org org, long id, int month, Random random, Steps steps) {
        for (Actor unit : org.units()) {
            write(unit, id, month, random, steps);
            submit(unit, task(unit, id, TaskKind.CONTRIBUTE, steps), steps);
        }
        List<TaskView> reviews = new ArrayList<>();
        steps.inbox().time(() -> reviews.addAll(inbox.tasks(org.office())));
        for (TaskView review : reviews) {
            if (review.reportId() == id && review.kind() == TaskKind.REVIEW) {
                steps.accept().time(() -> inbox.complete(org.office(), review.id(), InboxService.Action.ACCEPT, null));
            }
        }
        await(id, ReportStatus.CONSOLIDATING, Duration.ofMinutes(3));
        String consolidate = awaitTask(org.office(), id, TaskKind.CONSOLIDATE, steps);
        steps.forward().time(() -> inbox.complete(org.office(), consolidate, InboxService.Action.FORWARD, null));
        String approve = task(org.signer(), id, TaskKind.APPROVE, steps);
        steps.approve().time(() -> inbox.complete(org.signer(), approve, InboxService.Action.APPROVE, null));
        return id;
    }

    private String awaitTask(Actor actor, long reportId, TaskKind kind, Steps steps) {
        Instant until = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            try {
                return task(actor, reportId, kind, steps);
            } catch (IllegalStateException e) {
                if (Instant.now().isAfter(until)) {
                    throw e;
                }
                sleep(20);
            }
        }
    }

    /** Waits for the job executor to move the report (consolidation and issuing are asynchronous). */
    void await(long reportId, ReportStatus status, Duration timeout) {
        Instant until = Instant.now().plus(timeout);
        while (reports.find(reportId).orElseThrow().status() != status) {
            if (Instant.now().isAfter(until)) {
                throw new IllegalStateException("report " + reportId + " did not reach " + status + " in " + timeout);
            }
            sleep(15);
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
