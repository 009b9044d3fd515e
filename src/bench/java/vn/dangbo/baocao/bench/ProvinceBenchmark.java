package vn.dangbo.baocao.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.baocao.Application;
import vn.dangbo.baocao.inbox.InboxService;
import vn.dangbo.baocao.issuance.DocumentAssembler;
import vn.dangbo.baocao.issuance.DocumentModel;
import vn.dangbo.baocao.issuance.DocumentRenderer;
import vn.dangbo.baocao.issuance.OfficePool;
import vn.dangbo.baocao.issuance.PdfConverter;
import vn.dangbo.baocao.issuance.IssuanceService;
import vn.dangbo.baocao.issuance.RegisterService;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.report.Reports;
import vn.dangbo.baocao.report.ReportService;
import vn.dangbo.baocao.report.ReportStatus;
import vn.dangbo.baocao.report.TaskKind;

/**
 * The benchmark of issue 8 (docs/benchmark.md): seeds a province through the services, measures the lifecycle,
 * a deadline burst, inboxes, rendering and the register, and the platform's own baselines in the same run.
 * Run by {@code ./mvnw -Pbench verify}; it reports figures and never asserts a target.
 */
@SpringBootTest(classes = {Application.class, ProvinceBenchmark.Counting.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ProvinceBenchmark {

    /** The heavy unit's finished reports cycle through 2000–2049; its open ones count down from 2100. */
    private static final int FINISHED_PERIODS = 12 * 50;

    @TestConfiguration(proxyBeanMethods = false)
    static class Counting {
        @Bean
        static SqlCounter sqlCounter() {
            return new SqlCounter();
        }
    }

    @Autowired
    ApplicationContext context;

    private final Map<String, Object> results = new LinkedHashMap<>();
    private final Map<String, Stats> measured = new LinkedHashMap<>();

    @Test
    void run() throws Exception {
        Scale scale = Scale.fromProperties();
        Instant started = Instant.now();
        results.put("scale", scale.toMap());
        results.put("machine", Machine.describe(context.getBean(DataSource.class)));
        log("scale " + scale);
        Province province = new Province(context);

        // 1. the province, through the services; (a) every report's life, end to end, is one sample
        List<Province.Org> orgs = Collections.synchronizedList(new ArrayList<>());
        Stats setup = new Stats("seed.organisation");
        Baselines.Concurrent.run(Math.min(8, scale.orgs()), scale.orgs(), i -> setup.time(() -> orgs.add(
                province.create(String.format("p%03d", i), Province.COMMUNES[i % Province.COMMUNES.length]
                        + (i < Province.COMMUNES.length ? "" : " " + (i / Province.COMMUNES.length + 1)), 10))), setup);
        orgs.sort(Comparator.comparing(o -> o.organisation().code()));
        log("organisations: " + orgs.size() + " in " + setup.toMap());
        Province.Steps steps = Province.Steps.create("seed.");
        Stats lifecycle = new Stats("lifecycle");
        long seedStart = System.nanoTime();
        Baselines.Concurrent.run(Math.min(scale.concurrency(), scale.orgs()), scale.orgs(), i -> {
            Province.Org org = orgs.get(i);
            Random random = new Random(i);
            for (int month = 1; month <= scale.months(); month++) {
                long start = System.nanoTime();
                long id = province.throughApproval(org, 2025, month, random, steps);
                province.await(id, ReportStatus.ISSUED, Duration.ofMinutes(5));
                lifecycle.add(System.nanoTime() - start);
            }
        }, lifecycle);
        lifecycle.wall(System.nanoTime() - seedStart);
        long seedNanos = System.nanoTime() - seedStart;
        Map<String, Object> seed = new LinkedHashMap<>();
        seed.put("reportsIssued", lifecycle.count());
        seed.put("seconds", Stats.round(seedNanos / 1e9));
        seed.put("reportsPerSecond", Stats.round(lifecycle.count() / (seedNanos / 1e9)));
        long actions = 0;
        for (Stats s : List.of(steps.open(), steps.save(), steps.submit(), steps.accept(), steps.forward(),
                steps.approve(), steps.inbox())) {
            actions += s.count();
            keep(s);
        }
        seed.put("serviceCallsPerSecond", Stats.round(actions / (seedNanos / 1e9)));
        seed.put("secondsFor100x12Extrapolated", Stats.round(1200 / (lifecycle.count() / (seedNanos / 1e9))));
        results.put("seed", seed);
        keep(lifecycle);
        log("seed: " + seed);
        results.put("memoryAfterSeed", Machine.memory());
        log("memory after seed: " + results.get("memoryAfterSeed"));

        results.put("sqlPerAction", traceActions(province, orgs.get(0)));

        // (b) the deadline burst: every unit of every organisation submits, at the given concurrency
        Province.Steps prep = Province.Steps.create("burst.");
        Map<Province.Org, Long> burstReports = new ConcurrentHashMap<>();
        List<Object[]> submissions = Collections.synchronizedList(new ArrayList<>());
        Stats unitInbox = new Stats("inbox.chiBo");
        Baselines.Concurrent.run(Math.min(8, scale.orgs()), scale.orgs(), i -> {
            Province.Org org = orgs.get(i);
            long id = province.open(org, 2026, 1, prep);
            burstReports.put(org, id);
            Random random = new Random(1000 + i);
            for (Actor unit : org.units()) {
                province.write(unit, id, 1, random, prep);
                String[] task = new String[1];
                unitInbox.time(() -> task[0] = province.task(unit, id, TaskKind.CONTRIBUTE, prep));
                submissions.add(new Object[]{unit, task[0]});
            }
        }, null);
        Collections.shuffle(submissions, new Random(7));
        Object[] traced = submissions.remove(0);
        results.put("sqlPerSubmit", trace(() -> inbox0().complete((Actor) traced[0], (String) traced[1],
                InboxService.Action.SUBMIT, null)));
        InboxService inbox = context.getBean(InboxService.class);
        Stats burst = new Stats("burst.submit");
        LockSampler locks = new LockSampler(context.getBean(DataSource.class));
        locks.start();
        Baselines.Concurrent.run(scale.concurrency(), submissions.size(), i -> {
            Object[] s = submissions.get(i);
            burst.time(() -> inbox.complete((Actor) s[0], (String) s[1], InboxService.Action.SUBMIT, null));
        }, burst);
        locks.stop();
        keep(burst);
        keep(prep.save());
        results.put("burstLockWaits", locks.summary());
        log("burst: " + burst.toMap() + " locks " + locks.summary());

        // (c) inboxes and the progress board at this size
        keep(unitInbox);
        Stats officeInbox = new Stats("inbox.office");
        Stats progress = new Stats("progress.report");
        ReportService reportService = context.getBean(ReportService.class);
        Random pick = new Random(3);
        for (int r = 0; r < scale.repeat(); r++) {
            Province.Org org = orgs.get(pick.nextInt(orgs.size()));
            officeInbox.time(() -> inbox.tasks(org.office()));
            progress.time(() -> reportService.get(org.office(), burstReports.get(org)));
        }
        keep(officeInbox);
        keep(progress);
        results.put("inboxProfile", InboxProfile.of(context.getBean(DataSource.class),
                () -> inbox.tasks(orgs.get(0).office())));

        // issue 4: a unit with many open and finished tasks
        Province.Org heavy = province.create("heavy", "Tải Nặng", 1);
        Actor heavyUnit = heavy.units().get(0);
        Province.Steps heavySteps = Province.Steps.create("heavy.");
        Stats cancel = new Stats("heavy.cancel");
        long heavyStart = System.nanoTime();
        Baselines.Concurrent.run(8, scale.heavyFinished(), i -> {
            // one report per period (V10): each period at most once at a time; cancelling frees it
            long id = province.open(heavy, 2000 + (i % FINISHED_PERIODS) / 12, 1 + i % 12, heavySteps);
            cancel.time(() -> reportService.cancel(heavy.office(), id, "Mở nhầm kỳ báo cáo, hủy để mở lại."));
        }, cancel);
        Baselines.Concurrent.run(8, scale.heavyOpen(),
                i -> province.open(heavy, 2100 - i / 12, 1 + i % 12, heavySteps), null);
        Map<String, Object> heavyInfo = new LinkedHashMap<>();
        heavyInfo.put("openTasks", inbox.tasks(heavyUnit).size());
        heavyInfo.put("finishedTasks", Machine.finishedTasks(context, heavyUnit));
        heavyInfo.put("setupSeconds", Stats.round((System.nanoTime() - heavyStart) / 1e9));
        Stats heavyInbox = new Stats("inbox.heavyUnit");
        for (int r = 0; r < Math.max(20, scale.repeat() / 4); r++) {
            heavyInbox.time(() -> inbox.tasks(heavyUnit));
        }
        keep(heavyInbox);
        keep(heavySteps.open());
        keep(cancel);
        results.put("heavyUnit", heavyInfo);
        log("heavy unit: " + heavyInfo + " " + heavyInbox.toMap());

        // (d) the .docx of a full report, warm, and POI writing the same text unstyled
        Reports reports = context.getBean(Reports.class);
        Province.Org first = orgs.get(0);
        long issued = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select id from report where organisation_id = ? and status = ? order by id limit 1")
                .params(first.organisation().id(), ReportStatus.ISSUED.name())
                .query(Long.class)
                .single();
        IssuanceService issuance = context.getBean(IssuanceService.class);
        DocumentModel model = context.getBean(TransactionTemplate.class).execute(s -> context
                .getBean(DocumentAssembler.class).assemble(reports.find(issued).orElseThrow(), "01-BC/ĐU", LocalDate.now()));
        DocumentRenderer renderer = context.getBean(DocumentRenderer.class);
        byte[] rendered = renderer.render(model);
        List<String> paragraphs = Baselines.paragraphs(rendered);
        Stats render = new Stats("docx.render");
        Stats preview = new Stats("docx.preview");
        Stats plain = new Stats("poi.plain");
        for (int r = 0; r < 10; r++) {
            renderer.render(model);
            Baselines.plainDocx(paragraphs);
        }
        for (int r = 0; r < 30; r++) {
            render.time(() -> renderer.render(model));
            plain.time(() -> Baselines.plainDocx(paragraphs));
            preview.time(() -> issuance.preview(first.office(), issued));
        }
        keep(render);
        keep(preview);
        keep(plain);
        results.put("document", Map.of("bytes", rendered.length, "paragraphs", paragraphs.size(),
                "characters", paragraphs.stream().mapToInt(String::length).sum()));

        // (d2) the PDF of the same .docx: LibreOffice kept running (one pooled process, warm) against a new
        // LibreOffice process per document (as before issue 16)
        if (PdfConverter.available()) {
            Stats pooled = new Stats("pdf.pool");
            Stats process = new Stats("pdf.process");
            try (OfficePool pool = new OfficePool(1, Duration.ofSeconds(60), "")) {
                for (int r = 0; r < 5; r++) {
                    pool.toPdf(rendered);
                }
                for (int r = 0; r < 30; r++) {
                    pooled.time(() -> pool.toPdf(rendered));
                }
            }
            PdfConverter converter = new PdfConverter();
            for (int r = 0; r < 5; r++) {
                process.time(() -> converter.toPdf(rendered));
            }
            keep(pooled);
            keep(process);
            log("pdf: pool " + pooled.toMap() + " process " + process.toMap());
        }

        // (e) issues racing for numbers in one register
        RegisterService register = context.getBean(RegisterService.class);
        TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
        List<Integer> numbers = Collections.synchronizedList(new ArrayList<>());
        Stats race = new Stats("register.take");
        Baselines.Concurrent.run(scale.concurrency(), scale.registerIssues(), i -> race.time(() -> numbers.add(
                transaction.execute(s -> register.take(heavy.organisation().id(), "ĐU", "BENCH",
                        heavy.organisation().termStart(), 1)).number())), race);
        keep(race);
        long distinct = numbers.stream().distinct().count();
        int max = numbers.stream().mapToInt(Integer::intValue).max().orElse(0);
        Map<String, Object> raceResult = new LinkedHashMap<>();
        raceResult.put("issues", numbers.size());
        raceResult.put("duplicates", numbers.size() - distinct);
        raceResult.put("gaps", max - distinct);
        raceResult.put("highest", max);
        results.put("register", raceResult);
        log("register: " + raceResult);

        // issue 12: the seeded organisations as one province's communes, monthly rounds through all of them
        Map<String, Object> round = RoundBench.run(context, province, orgs, scale.roundMonths(), scale.concurrency(),
                scale.repeat(), this::keep);
        results.put("round", round);
        log("round: " + round);

        // baselines on the same engine and database, same concurrency
        Stats camunda = Baselines.camunda(context, scale.camundaInstances(), scale.concurrency());
        keep(camunda);
        Stats commits = Baselines.commits(context.getBean(DataSource.class), 5000);
        keep(commits);
        log("baselines: camunda " + camunda.toMap() + " postgres " + commits.toMap());

        results.put("memoryAtEnd", Machine.memory());
        Map<String, Object> out = new LinkedHashMap<>();
        measured.forEach((k, v) -> out.put(k, v.toMap()));
        results.put("measurements", out);
        results.put("ratios", ratios(lifecycle, camunda, burst, commits, render, plain, steps, seedNanos));
        results.put("targets", Targets.evaluate(measured, results));
        results.put("runSeconds", Duration.between(started, Instant.now()).toSeconds());
        results.put("loadAverageAtEnd", Machine.loadAverage());
        Output.write(results, measured, scale);
        log("done in " + results.get("runSeconds") + " s");
    }

    /** The statements of one call of each action, in a report of its own (left open). */
    private Map<String, Object> traceActions(Province province, Province.Org org) {
        Map<String, Object> traces = new LinkedHashMap<>();
        Province.Steps steps = Province.Steps.create("trace.");
        long[] id = new long[1];
        traces.put("open", trace(() -> id[0] = province.open(org, 2026, 2, steps)));
        Actor unit = org.units().get(0);
        var section = context.getBean(vn.dangbo.baocao.contribution.ContributionService.class)
                .unitSections(unit, id[0], unit.unit().code()).get(0);
        var items = Content.items(section, unit.unit().name(), 2, new Random(1));
        traces.put("save", trace(() -> context.getBean(vn.dangbo.baocao.contribution.ContributionService.class)
                .save(unit, id[0], section.code(), section.unitCode(), items, section.version(), true)));
        traces.put("inbox", trace(() -> context.getBean(InboxService.class).tasks(unit)));
        traces.put("progress", trace(() -> context.getBean(ReportService.class).get(org.office(), id[0])));
        return traces;
    }

    private static List<String> trace(Runnable action) {
        SqlCounter.trace(true);
        try {
            action.run();
            return SqlCounter.traced().stream().map(e -> String.format("%6.2f ms  %s", e.nanos() / 1e6,
                    e.sql().replaceAll("\\s+", " ").trim())).map(l -> l.length() > 200 ? l.substring(0, 200) + "…" : l)
                    .toList();
        } finally {
            SqlCounter.trace(false);
        }
    }

    private Map<String, Object> ratios(Stats lifecycle, Stats camunda, Stats burst, Stats commits, Stats render,
                                       Stats plain, Province.Steps steps, long seedNanos) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("lifecyclePerSecond / camundaInstancesPerSecond",
                Stats.ratio(lifecycle.throughput() / camunda.throughput()));
        long calls = 0;
        for (Stats s : List.of(steps.open(), steps.save(), steps.submit(), steps.accept(), steps.forward(),
                steps.approve())) {
            calls += s.count();
        }
        r.put("seedWriteCallsPerSecond / camundaInstancesPerSecond",
                Stats.ratio(calls / (seedNanos / 1e9) / camunda.throughput()));
        r.put("burstSubmitP95 / camundaStartCompleteP95", Stats.round(burst.p95() / camunda.p95()));
        r.put("burstSubmitsPerSecond / postgresCommitsPerSecond", Stats.ratio(burst.throughput() / commits.throughput()));
        r.put("camundaInstancesPerSecond / postgresCommitsPerSecond",
                Stats.ratio(camunda.throughput() / commits.throughput()));
        r.put("docxRenderP50 / poiPlainP50", Stats.round(render.p50() / plain.p50()));
        return r;
    }

    private InboxService inbox0() {
        return context.getBean(InboxService.class);
    }

    private void keep(Stats stats) {
        measured.put(stats.name, stats);
    }

    static void log(String line) {
        System.out.println("[bench " + Instant.now() + "] " + line);
    }

    /** Samples how many sessions wait on a lock, every 50 ms. */
    static final class LockSampler {
        private final DataSource dataSource;
        private final AtomicLong samples = new AtomicLong();
        private final AtomicLong waiting = new AtomicLong();
        private final AtomicInteger peak = new AtomicInteger();
        private final Map<String, Integer> byType = new ConcurrentHashMap<>();
        private volatile boolean running;
        private Thread thread;

        LockSampler(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        void start() {
            running = true;
            thread = new Thread(() -> {
                try (Connection c = dataSource.getConnection();
                     PreparedStatement ps = c.prepareStatement("""
                             select l.locktype, count(*) from pg_stat_activity a
                             join pg_locks l on l.pid = a.pid and not l.granted
                             where a.wait_event_type = 'Lock' group by l.locktype""")) {
                    while (running) {
                        int now = 0;
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                now += rs.getInt(2);
                                byType.merge(rs.getString(1), rs.getInt(2), Integer::sum);
                            }
                        }
                        samples.incrementAndGet();
                        waiting.addAndGet(now);
                        peak.accumulateAndGet(now, Math::max);
                        Thread.sleep(50);
                    }
                } catch (Exception e) {
                    System.err.println("[bench] lock sampler: " + e);
                }
            }, "bench-locks");
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        Map<String, Object> summary() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("samples", samples.get());
            map.put("meanSessionsWaitingOnLock", Stats.round(samples.get() == 0 ? 0 : (double) waiting.get() / samples.get()));
            map.put("peakSessionsWaitingOnLock", peak.get());
            map.put("waitSamplesByLockType", new java.util.TreeMap<>(byType));
            return map;
        }
    }
}
