package vn.dangbo.baocao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.baocao.IntegrationTest;

/** Camunda forgets a finished report's process history; our trail of that report stays as it was. */
@IntegrationTest
class HistoryCleanupIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HistoryService history;

    @Autowired
    ManagementService management;

    @Test
    void auditTimelineSurvivesCamundaHistoryCleanup() {
        AuditCommune org = AuditCommune.create(context, port);
        long id = org.openReport(8);
        org.writeAll("truong", id, "Nội dung của truong");
        org.cancel(id, "Kỳ báo cáo gộp vào tháng sau.");
        String instance = jdbc.sql("select process_instance_id from report where id = ?")
                .param(id)
                .query(String.class)
                .single();
        await(() -> finished(instance), "process instance finished");
        // the engine's history level (decision 0010) keeps the tasks and drops every step's activity instance
        assertThat(history.createHistoricTaskInstanceQuery()
                        .processInstanceId(instance)
                        .count())
                .isPositive();
        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(instance)
                        .count())
                .isZero();
        JsonNode before =
                org.as("vanphong").get("/api/reports/" + id + "/audit").json();
        assertThat(before.size()).isGreaterThanOrEqualTo(3);

        Batch batch = history.setRemovalTimeToHistoricProcessInstances()
                .absoluteRemovalTime(Date.from(Instant.now().minus(Duration.ofDays(1))))
                .byIds(instance)
                .executeAsync();
        await(
                () -> {
                    runJobs(batch.getSeedJobDefinitionId());
                    runJobs(batch.getBatchJobDefinitionId());
                    HistoricProcessInstance hpi = historic(instance);
                    return hpi.getRemovalTime() != null && hpi.getRemovalTime().before(new Date());
                },
                "removal time set");

        Job cleanup = history.cleanUpHistoryAsync(true);
        await(
                () -> {
                    history.findHistoryCleanupJobs().forEach(job -> run(job.getId()));
                    return history.createHistoricProcessInstanceQuery()
                                    .processInstanceId(instance)
                                    .count()
                            == 0;
                },
                "history of " + instance + " removed by job " + cleanup.getId());
        assertThat(history.createHistoricTaskInstanceQuery()
                        .processInstanceId(instance)
                        .count())
                .isZero();

        JsonNode after = org.as("vanphong").get("/api/reports/" + id + "/audit").json();
        assertThat(after).isEqualTo(before);
        assertThat(org.verify().get("ok").asBoolean()).isTrue();
        assertThat(org.as("vanphong")
                        .get("/api/reports/" + id)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("CANCELLED");
    }

    private boolean finished(String instance) {
        HistoricProcessInstance hpi = historic(instance);
        return hpi != null && hpi.getEndTime() != null;
    }

    private HistoricProcessInstance historic(String instance) {
        return history.createHistoricProcessInstanceQuery()
                .processInstanceId(instance)
                .singleResult();
    }

    private void runJobs(String jobDefinitionId) {
        management.createJobQuery().jobDefinitionId(jobDefinitionId).list().forEach(job -> run(job.getId()));
    }

    /** The job executor may take a job first; whoever runs it, the outcome is awaited, not the call. */
    private void run(String jobId) {
        try {
            management.executeJob(jobId);
        } catch (RuntimeException e) {
            // already run, or locked by the job executor
        }
    }

    private static void await(BooleanSupplier condition, String what) {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as(what).isBefore(until);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
