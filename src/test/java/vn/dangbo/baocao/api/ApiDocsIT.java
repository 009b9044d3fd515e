package vn.dangbo.baocao.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.IntegrationTest;

@IntegrationTest
class ApiDocsIT {

    @LocalServerPort
    int port;

    @Test
    void openApiDescriptionListsTheContract() {
        ApiClient.Response docs = ApiClient.anonymous(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/reports")).isTrue();
        assertThat(docs.json().get("paths").has("/api/tasks/{id}/complete")).isTrue();
        assertThat(docs.json().get("paths").has("/api/reports/{id}/sections/{code}"))
                .isTrue();
        assertThat(docs.json().get("paths").has("/api/platform/organisations")).isTrue();
        assertThat(docs.json().get("paths").has("/api/platform/organisations/{code}/deactivate"))
                .isTrue();
    }

    @Test
    void meTellsTheUserAndTheUnit() {
        ApiClient.Response me = ApiClient.as(port, "congan", "demo").get("/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("fullName").asText()).isEqualTo("Lê Văn Bình");
        assertThat(me.json().get("unit").get("name").asText()).isEqualTo("Chi bộ Công an xã");
        assertThat(me.json().get("unit").get("kind").asText()).isEqualTo("CHI_BO");
        assertThat(ApiClient.as(port, "congan", "demo").get("/api/units").json().size())
                .isGreaterThanOrEqualTo(5);
    }
}
