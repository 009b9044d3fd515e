package vn.dangbo.baocao.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.context.ApplicationContext;

/** What the platform underneath does alone, measured in the same run on the same engine and database. */
final class Baselines {

    private Baselines() {
    }

    /** The raw engine: start a process with one user task and complete the task, at the given concurrency. */
    static Stats camunda(ApplicationContext context, int instances, int threads) throws InterruptedException {
        BpmnModelInstance model = Bpmn.createExecutableProcess("benchBaseline").camundaHistoryTimeToLive(1)
                .startEvent().userTask("work").camundaCandidateGroups("bench").endEvent().done();
        context.getBean(RepositoryService.class).createDeployment().name("benchmark baseline")
                .addModelInstance("bench-baseline.bpmn", model).deploy();
        RuntimeService runtime = context.getBean(RuntimeService.class);
        TaskService tasks = context.getBean(TaskService.class);
        Stats stats = new Stats("camunda.startComplete");
        Concurrent.run(threads, instances, i -> stats.time(() -> {
            String id = runtime.startProcessInstanceByKey("benchBaseline").getId();
            tasks.complete(tasks.createTaskQuery().processInstanceId(id).singleResult().getId());
        }), stats);
        return stats;
    }

    /** PostgreSQL alone: single-row UPDATE commits in autocommit, one connection, for {@code millis}. */
    static Stats commits(DataSource dataSource, long millis) throws SQLException {
        Stats stats = new Stats("postgres.updateCommit");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("create table if not exists bench_scratch (id int primary key, n bigint not null)");
                s.execute("insert into bench_scratch values (1, 0) on conflict do nothing");
            }
            try (PreparedStatement update = c.prepareStatement("update bench_scratch set n = n + 1 where id = 1")) {
                long start = System.nanoTime();
                long end = start + millis * 1_000_000;
                while (System.nanoTime() < end) {
                    long t = System.nanoTime();
                    update.executeUpdate();
                    stats.add(System.nanoTime() - t);
                }
                stats.wall(System.nanoTime() - start);
            }
            try (Statement s = c.createStatement()) {
                s.execute("drop table bench_scratch");
            }
        }
        return stats;
    }

    /** The text of a rendered report, one entry per paragraph. */
    static List<String> paragraphs(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return List.of(extractor.getText().split("\n"));
        }
    }

    /** POI writing the same text, no styling. */
    static byte[] plainDocx(List<String> paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String text : paragraphs) {
                document.createParagraph().createRun().setText(text);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    /** Runs {@code calls} calls over {@code threads} threads; sets the wall time; failures are counted. */
    static final class Concurrent {

        interface Call {
            void run(int index) throws Exception;
        }

        static void run(int threads, int calls, Call call, Stats stats) throws InterruptedException {
            AtomicInteger next = new AtomicInteger();
            Thread[] workers = new Thread[threads];
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                workers[t] = new Thread(() -> {
                    for (int i = next.getAndIncrement(); i < calls; i = next.getAndIncrement()) {
                        try {
                            call.run(i);
                        } catch (Exception e) {
                            if (stats != null) {
                                stats.error();
                            }
                            System.err.println("[bench] " + (stats == null ? "" : stats.name) + " failed: " + e);
                        }
                    }
                }, "bench-" + t);
                workers[t].start();
            }
            for (Thread worker : workers) {
                worker.join();
            }
            if (stats != null) {
                stats.wall(System.nanoTime() - start);
            }
        }
    }
}
