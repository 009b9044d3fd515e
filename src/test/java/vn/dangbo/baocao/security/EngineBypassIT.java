package vn.dangbo.baocao.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;
import vn.dangbo.baocao.TestCommune;
import vn.dangbo.baocao.report.ReportProcess;

/**
 * The workflow is the only way to change a report: every route the application exposes to the engine (Camunda's
 * REST API, the one inside Cockpit) and every wrong action of our API, tried as every role and as another
 * organisation's administrator, leaves the report, its tasks, its variables and its audit trail as they were.
 */
@IntegrationTest
class EngineBypassIT {

    static final List<String> ROLES = List.of("admin", "vanphong", "bithu", "phobithu", "ubnd", "congan", "truong");
    static final List<String> ENGINE_ROOTS = List.of("/engine-rest", "/camunda/api/engine/engine/default");

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void nobodyApprovesPastTheWorkflow() {
        Scenario s = new Scenario(port);
        long id = s.openReport(2031, 1);
        try {
            s.collectAll(id);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nthe engine's jobs of the report: " + jobs(id), e);
        }
        s.writeOfficeSections(id, "Tổng hợp");
        s.completeOk(
                "vanphong",
                s.task("vanphong", id, "CONSOLIDATE", null).get("id").asText(),
                "FORWARD",
                null);
        String approveTask = s.task("bithu", id, "APPROVE", null).get("id").asText();
        Snapshot before = snapshot(s, id);

        List<ApiClient> attackers = attackers(s);
        for (ApiClient attacker : attackers) {
            engineRoutes(attacker, approveTask, processInstance(id), ReportProcess.APPROVAL_OUTCOME, "APPROVE", id);
        }
        for (String role : ROLES) {
            for (String action : List.of("SUBMIT", "ACCEPT", "FORWARD", "APPROVED", "", "RETURN")) {
                refused(s.complete(role, approveTask, action, null), role + " " + action);
            }
            if (!role.equals("bithu")) {
                refused(s.complete(role, approveTask, "APPROVE", null), role + " APPROVE");
            }
        }

        assertThat(snapshot(s, id)).isEqualTo(before);
        assertThat(s.report(id).get("status").asText()).isEqualTo("AWAITING_APPROVAL");
        assertThat(s.tasks("bithu").stream().map(t -> t.get("id").asText())).contains(approveTask);
        // the signer returns it, so that no number of the demo register is used by this test
        s.completeOk("bithu", approveTask, "RETURN", "Chưa đủ nội dung.");
    }

    @Test
    void nobodySubmitsAUnitsPartPastTheWorkflow() {
        Scenario s = new Scenario(port);
        long id = s.openReport(2031, 2);
        s.writeAll("ubnd", id, "Bản nháp của ubnd");
        String contributeTask = s.task("ubnd", id, "CONTRIBUTE", null).get("id").asText();
        Snapshot before = snapshot(s, id);

        for (ApiClient attacker : attackers(s)) {
            engineRoutes(attacker, contributeTask, processInstance(id), ReportProcess.REVIEW_OUTCOME, "ACCEPT", id);
        }
        for (String role : ROLES) {
            for (String action : List.of("APPROVE", "ACCEPT", "FORWARD", "RETURN", "", "SUBMITTED")) {
                refused(s.complete(role, contributeTask, action, null), role + " " + action);
            }
            if (!role.equals("ubnd")) {
                refused(s.complete(role, contributeTask, "SUBMIT", null), role + " SUBMIT");
            }
        }

        assertThat(snapshot(s, id)).isEqualTo(before);
        assertThat(s.unitStatus(id, "ubnd")).isEqualTo("DRAFTING");
        assertThat(s.tasks("ubnd").stream().map(t -> t.get("id").asText())).contains(contributeTask);
    }

    @Test
    void theOperatorReadsTheEngineAndNobodyElse() {
        Scenario s = new Scenario(port);
        // the platform operator, never an organisation's administrator (docs/decisions/0014-platform-operator.md)
        ApiClient operator = ApiClient.as(port, "platform", Scenario.PASSWORD);
        assertThat(operator.get("/engine-rest/task?processDefinitionKey=" + ReportProcess.KEY)
                        .status())
                .isEqualTo(200);
        for (String role : ROLES) {
            ApiClient.Response response = s.as(role).get("/engine-rest/task");
            assertThat(response.status()).as(role).isEqualTo(403);
            assertThat(response.detail()).isEqualTo("Bạn không có quyền thực hiện thao tác này.");
        }
        ApiClient.Response write = operator.post("/engine-rest/message", Map.of("messageName", "x"));
        assertThat(write.status()).isEqualTo(405);
        assertThat(write.detail()).contains("chỉ cho phép xem");
    }

    /** Every role of the demo organisation, and the administrator of another organisation. */
    private List<ApiClient> attackers(Scenario s) {
        List<ApiClient> clients = new ArrayList<>();
        ROLES.forEach(role -> clients.add(s.as(role)));
        TestCommune other = TestCommune.create(context);
        clients.add(new Scenario(port, other.prefix()).as("vanphong"));
        return clients;
    }

    private void engineRoutes(
            ApiClient client, String taskId, String instanceId, String variable, String outcome, long reportId) {
        Map<String, Object> value = Map.of("value", outcome);
        Map<String, Object> variables = Map.of("variables", Map.of(variable, value));
        Map<String, Object> modifications = Map.of("modifications", Map.of(variable, value));
        for (String root : ENGINE_ROOTS) {
            String task = root + "/task/" + taskId;
            String instance = root + "/process-instance/" + instanceId;
            refused(client.post(task + "/complete", variables), task + "/complete");
            refused(client.post(task + "/submit-form", variables), task + "/submit-form");
            refused(client.post(task + "/resolve", variables), task + "/resolve");
            refused(client.post(task + "/claim", Map.of("userId", "bithu")), task + "/claim");
            refused(client.put(task + "/variables/" + variable, value), task + "/variables PUT");
            refused(client.post(task + "/variables", modifications), task + "/variables POST");
            refused(client.delete(task), task + " DELETE");
            refused(client.put(instance + "/variables/" + variable, value), instance + "/variables PUT");
            refused(client.post(instance + "/variables", modifications), instance + "/variables POST");
            refused(
                    client.post(
                            instance + "/modification",
                            Map.of(
                                    "instructions",
                                    List.of(Map.of("type", "startBeforeActivity", "activityId", ReportProcess.ISSUE)))),
                    instance + "/modification");
            refused(client.put(instance + "/suspended", Map.of("suspended", true)), instance + "/suspended");
            refused(client.delete(instance), instance + " DELETE");
            refused(
                    client.post(
                            root + "/message",
                            Map.of("messageName", ReportProcess.CANCEL_MESSAGE, "processInstanceId", instanceId)),
                    root + "/message");
            refused(
                    client.post(
                            root + "/process-definition/key/" + ReportProcess.KEY + "/start",
                            Map.of(
                                    "businessKey",
                                    Long.toString(reportId),
                                    "variables",
                                    Map.of(ReportProcess.REPORT_ID, Map.of("value", reportId, "type", "Long")))),
                    root + " start");
        }
    }

    /** What the job executor sees of a report, for a failure's message. */
    private String jobs(long reportId) {
        return jdbc.sql(
                        "select handler_cfg_, retries_, duedate_, lock_owner_, lock_exp_time_, exception_msg_, now() as db_now"
                                + " from act_ru_job where process_instance_id_ = ?")
                .param(processInstance(reportId))
                .query()
                .listOfRows()
                .toString();
    }

    private static void refused(ApiClient.Response response, String what) {
        assertThat(response.status())
                .as(what + " → " + response.status() + " " + response.detail())
                .isBetween(400, 499);
    }

    private String processInstance(long reportId) {
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(Long.toString(reportId))
                .singleResult()
                .getId();
    }

    /** What a bypass would change: the report, its audit entries, the engine's instances, tasks and variables. */
    record Snapshot(
            String report,
            List<String> audit,
            List<String> instances,
            List<String> tasks,
            Map<String, Object> variables,
            boolean chainOk) {}

    private Snapshot snapshot(Scenario s, long id) {
        JsonNode report = s.report(id);
        List<String> audit = new ArrayList<>();
        s.as("vanphong")
                .get("/api/reports/" + id + "/audit")
                .json()
                .forEach(e ->
                        audit.add(e.get("seq").asText() + " " + e.get("action").asText()));
        List<ProcessInstance> instances = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(Long.toString(id))
                .list();
        List<String> instanceStates =
                instances.stream().map(p -> p.getId() + " " + p.isSuspended()).toList();
        List<String> openTasks = tasks.createTaskQuery().processInstanceBusinessKey(Long.toString(id)).list().stream()
                .map(t -> t.getId() + " " + t.getTaskDefinitionKey() + " " + t.getAssignee())
                .sorted()
                .toList();
        Map<String, Object> variables = instances.isEmpty()
                ? Map.of()
                : runtime.getVariables(instances.get(0).getId());
        boolean chainOk =
                s.as("admin").get("/api/audit/verify").json().get("ok").asBoolean();
        return new Snapshot(report.toString(), audit, instanceStates, openTasks, variables, chainOk);
    }
}
