package vn.dangbo.baocao.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;
import vn.dangbo.baocao.TestCommune;

/**
 * The operators' endpoints: the probes on the main port without login and without details, Actuator only on the
 * management port, and the product's figures in Prometheus.
 */
@IntegrationTest
class OperatorsEndpointsIT {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    ApplicationContext context;

    @Autowired
    EngineOperations engine;

    @Test
    void probesAnswerWithoutLoginWithTheStatusOnly() {
        for (String probe : new String[] {"/readyz", "/livez"}) {
            ApiClient.Response response = ApiClient.anonymous(port).get(probe);
            assertThat(response.status()).as(probe).isEqualTo(200);
            assertThat(response.json().toString()).as(probe).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    @Test
    void readinessCoversTheDatabaseAndTheEngine() {
        ApiClient management = ApiClient.anonymous(managementPort);
        ApiClient.Response health = management.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(health.json().at("/components/processEngine/status").asText())
                .isEqualTo("UP");
        // the test context runs jobs itself (IntegrationTest): its executor is off on purpose, and says so
        assertThat(health.json()
                        .at("/components/processEngine/details/jobExecutorActive")
                        .asBoolean())
                .isFalse();

        ApiClient.Response readiness = management.get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().toString()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void anEngineWhoseJobExecutorShouldRunButDoesNotIsNotReady() {
        Health health = new ProcessEngineHealth(engine, true).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("jobExecutorActive", false);
    }

    @Test
    void actuatorIsNotServedOnTheMainPortSignedInOrNot() {
        for (String path : new String[] {"/actuator", "/actuator/prometheus", "/actuator/health", "/actuator/env"}) {
            assertThat(ApiClient.anonymous(port).get(path).status()).as(path).isEqualTo(404);
            assertThat(ApiClient.as(port, "admin", Scenario.PASSWORD).get(path).status())
                    .as(path)
                    .isEqualTo(404);
        }
        assertThat(ApiClient.anonymous(managementPort).get("/actuator/env").status())
                .isEqualTo(404);
    }

    @Test
    void prometheusOnTheManagementPortCountsReportsByStageAndOrganisation() {
        TestCommune commune = TestCommune.create(context);
        Scenario s = new Scenario(port, commune.prefix());
        Prometheus prometheus = new Prometheus(managementPort);
        String organisation = "organisation=\"" + commune.organisation().code() + "\"";

        s.openReport(4);
        prometheus.await(1.0, "baocao_reports", organisation, "stage=\"COLLECTING\"");
        prometheus.await(0.0, "baocao_reports", organisation, "stage=\"ISSUED\"");
        s.openReport(5);
        prometheus.await(2.0, "baocao_reports", organisation, "stage=\"COLLECTING\"");

        String page = prometheus.page();
        assertThat(prometheus.value("baocao_open_tasks"))
                .hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(6));
        assertThat(page)
                .contains(
                        "baocao_incidents",
                        "baocao_pdf_conversion_seconds_count{",
                        "jvm_memory_used_bytes",
                        "application=\"baocao\"");
    }
}
