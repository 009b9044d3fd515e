package vn.dangbo.baocao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Jobs;

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
        assertThat(historic(instance).getEndTime())
                .as("process instance finished")
                .isNotNull();
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

        Jobs jobs = Jobs.ofEngine();
        Batch batch = history.setRemovalTimeToHistoricProcessInstances()
                .absoluteRemovalTime(Date.from(Instant.now().minus(Duration.ofDays(1))))
                .byIds(instance)
                .executeAsync();
        jobs.runAllOf(batch.getSeedJobDefinitionId());
        jobs.runAllOf(batch.getBatchJobDefinitionId());
        assertThat(historic(instance).getRemovalTime()).isBefore(new Date());

        history.cleanUpHistoryAsync(true);
        history.findHistoryCleanupJobs().forEach(jobs::run);
        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceId(instance)
                        .count())
                .isZero();
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

    private HistoricProcessInstance historic(String instance) {
        return history.createHistoricProcessInstanceQuery()
                .processInstanceId(instance)
                .singleResult();
    }
}
