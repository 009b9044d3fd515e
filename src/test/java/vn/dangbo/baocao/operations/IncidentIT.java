package vn.dangbo.baocao.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Jobs;
import vn.dangbo.baocao.Scenario;
import vn.dangbo.baocao.TestCommune;
import vn.dangbo.baocao.audit.AuditEntry;
import vn.dangbo.baocao.audit.AuditTrail;
import vn.dangbo.baocao.report.ReportProcess;
import vn.dangbo.baocao.report.Reports;

/**
 * Issuing fails for a real cause: the register's counter was set back by hand (as after restoring the register
 * from an old backup), so the next number is already taken. Once the job has used its retries the incident is
 * listed for the organisation's administrator only, who is notified; after the counter is put right, "Thử lại"
 * issues the report.
 */
@IntegrationTest
class IncidentIT {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    ApplicationContext context;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reports reports;

    @Autowired
    AuditTrail audit;

    @Test
    void issuingThatFailsAllRetriesIsListedForTheOwnAdministratorWhoRetriesItAfterTheCauseIsFixed() {
        Jobs jobs = Jobs.ofEngine();
        TestCommune commune = TestCommune.create(context);
        long orgId = commune.organisation().id();
        Scenario s = commune.scenario(port);
        ApiClient admin = s.as("admin");
        Prometheus prometheus = new Prometheus(managementPort);

        long first = s.openReport(4);
        long second = s.openReport(5);
        bringToApproval(s, first);
        bringToApproval(s, second);
        approve(s, first);
        s.runJobsAndExpect(first, "ISSUED");

        jdbc.sql("update register set next_number = 1 where organisation_id = ?")
                .param(orgId)
                .update();
        approve(s, second);
        // a job that throws fails whoever runs it, with the job's own exception
        assertThatThrownBy(() -> jobs.runDueOfReport(second))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(ReportProcess.ISSUE)
                .hasStackTraceContaining("duplicate key");
        Job job = issueJob(second);
        assertThat(board(s, second).path("issuing").asText())
                .startsWith("Đang ban hành: lần thử trước không thành công")
                .contains("duplicate key", "thử lại lúc");
        // the last of its retries, run now rather than a minute later: the number is still taken, so the job
        // fails again and, with no retries left, becomes an incident
        management.setJobRetries(job.getId(), 1);
        jobs.runFailing(issueJob(second));
        assertThat(s.report(second).get("status").asText()).isEqualTo("AWAITING_APPROVAL");
        assertThat(board(s, second).path("issuing").asText())
                .startsWith("Ban hành không thành công sau các lần thử lại")
                .contains("duplicate key", "Sự cố");
        String organisation = "organisation=\"" + commune.organisation().code() + "\"";
        assertThat(prometheus.value("baocao_issue_failures_total", organisation))
                .hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(2));

        JsonNode incidents = ok(admin.get("/api/admin/incidents")).json();
        assertThat(incidents).hasSize(1);
        JsonNode incident = incidents.get(0);
        String id = incident.get("id").asText();
        assertThat(incident.get("reportId").asLong()).isEqualTo(second);
        assertThat(incident.get("reportTitle").asText())
                .isEqualTo(s.report(second).get("title").asText());
        assertThat(incident.get("step").asText()).isEqualTo("Ban hành");
        assertThat(incident.get("stepId").asText()).isEqualTo(ReportProcess.ISSUE);
        assertThat(incident.get("message").asText()).isNotBlank();
        assertThat(incident.get("cause").asText()).contains("duplicate key", "issued_document");
        assertThat(incident.get("occurredAt").asText()).isNotBlank();
        assertThat(incident.get("retryable").asBoolean()).isTrue();
        ApiClient.Response trace = ok(admin.get("/api/admin/incidents/" + id + "/stacktrace"));
        assertThat(new String(trace.bytes(), StandardCharsets.UTF_8)).contains("IssueReport");

        JsonNode notices = ok(admin.get("/api/notifications")).json();
        assertThat(StreamSupport.stream(notices.spliterator(), false)
                        .filter(n -> n.get("kind").asText().equals("INCIDENT"))
                        .filter(n -> n.path("reportId").asLong() == second)
                        .map(n -> n.get("text").asText())
                        .toList())
                .singleElement()
                .asString()
                .contains("Ban hành", "Sự cố");

        ApiClient otherAdmin = ApiClient.as(port, "admin", Scenario.PASSWORD);
        assertThat(ids(ok(otherAdmin.get("/api/admin/incidents")).json())).doesNotContain(id);
        ApiClient.Response foreign = otherAdmin.post("/api/admin/incidents/" + id + "/retry", null);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.detail()).isEqualTo("Không có sự cố " + id + ".");
        ApiClient.Response office = s.as("vanphong").get("/api/admin/incidents");
        assertThat(office.status()).isEqualTo(403);
        assertThat(office.detail()).isEqualTo("Chỉ quản trị xem và xử lý được lỗi xử lý tự động.");

        jdbc.sql("update register set next_number = 2 where organisation_id = ?")
                .param(orgId)
                .update();
        assertThat(admin.post("/api/admin/incidents/" + id + "/retry", null).status())
                .isEqualTo(204);
        s.runJobsAndExpect(second, "ISSUED");
        assertThat(s.report(second).get("number").asText()).isEqualTo("02-BC/ĐU");
        assertThat(board(s, second).get("issuing").isNull()).isTrue();
        assertThat(ok(admin.get("/api/admin/incidents")).json()).isEmpty();
        assertThat(admin.post("/api/admin/incidents/" + id + "/retry", null).status())
                .isEqualTo(404);
        List<AuditEntry> entries = audit.reportEntries(orgId, second);
        assertThat(entries).extracting(AuditEntry::action).containsSubsequence("JOB_RETRIED", "ISSUED");
        assertThat(entries)
                .filteredOn(e -> e.action().equals("JOB_RETRIED"))
                .singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(commune.user("admin")));
    }

    /** The report's progress board as the office reads it. */
    private static JsonNode board(Scenario s, long reportId) {
        return ok(s.as("vanphong").get("/api/reports/" + reportId + "/board")).json();
    }

    private static void bringToApproval(Scenario s, long reportId) {
        s.collectAll(reportId);
        s.writeOfficeSections(reportId, "Đánh giá của Văn phòng");
        s.completeOk(
                "vanphong",
                s.task("vanphong", reportId, "CONSOLIDATE", null).get("id").asText(),
                "FORWARD",
                null);
    }

    private static void approve(Scenario s, long reportId) {
        s.completeOk(
                "bithu", s.task("bithu", reportId, "APPROVE", null).get("id").asText(), "APPROVE", null);
    }

    /** The report's issuing job, waiting for its next attempt. */
    private Job issueJob(long reportId) {
        return management
                .createJobQuery()
                .processInstanceId(reports.find(reportId).orElseThrow().processInstanceId())
                .activityId(ReportProcess.ISSUE)
                .singleResult();
    }

    private static ApiClient.Response ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.detail()).isEqualTo(200);
        return response;
    }

    private static List<String> ids(JsonNode incidents) {
        return StreamSupport.stream(incidents.spliterator(), false)
                .map(i -> i.get("id").asText())
                .toList();
    }
}
