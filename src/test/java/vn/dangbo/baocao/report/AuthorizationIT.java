package vn.dangbo.baocao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;

/** A chi bộ sees and changes only its own part; only the signer approves; nobody anonymous gets in. */
@IntegrationTest
class AuthorizationIT {

    @LocalServerPort
    int port;

    @Test
    void policeUnitCannotReadOrWriteTheCommuneCommitteeSection() {
        Scenario s = new Scenario(port);
        long id = s.openReport(5);
        ApiClient congan = s.as("congan");

        ApiClient.Response read = congan.get("/api/reports/" + id + "/sections/C.I");
        assertThat(read.status()).isEqualTo(403);
        assertThat(read.detail()).isEqualTo("Phần này không thuộc đơn vị của bạn.");

        ApiClient.Response write = congan.put(
                "/api/reports/" + id + "/sections/C.I",
                Map.of("items", List.of(Map.of("code", "C.I.1", "text", "Không phải phần của tôi")), "version", 0));
        assertThat(write.status()).isEqualTo(403);
        assertThat(s.as("ubnd")
                        .get("/api/reports/" + id + "/sections/C.I")
                        .json()
                        .get("version")
                        .asInt())
                .isZero();

        String ubndTask = s.task("ubnd", id, "CONTRIBUTE", null).get("id").asText();
        assertThat(congan.get("/api/tasks/" + ubndTask).status()).isEqualTo(403);
        ApiClient.Response complete = s.complete("congan", ubndTask, "SUBMIT", null);
        assertThat(complete.status()).isEqualTo(403);
        assertThat(complete.detail()).isEqualTo("Công việc này không thuộc về bạn.");
        assertThat(s.unitStatus(id, "ubnd")).isEqualTo("NOT_STARTED");
    }

    @Test
    void unitUserCannotApproveAndOnlyTheChosenSignerCan() {
        Scenario s = new Scenario(port);
        long id = s.openReport(6);
        s.collectAll(id);
        s.writeOfficeSections(id, "Tổng hợp");
        s.completeOk(
                "vanphong",
                s.task("vanphong", id, "CONSOLIDATE", null).get("id").asText(),
                "FORWARD",
                null);
        String approveTask = s.task("bithu", id, "APPROVE", null).get("id").asText();

        assertThat(s.complete("ubnd", approveTask, "APPROVE", null).status()).isEqualTo(403);
        assertThat(s.complete("phobithu", approveTask, "APPROVE", null).status())
                .isEqualTo(403);
        assertThat(s.complete("vanphong", approveTask, "APPROVE", null).status())
                .isEqualTo(403);
        assertThat(s.tasks("ubnd").stream().map(t -> t.get("id").asText())).doesNotContain(approveTask);
        assertThat(s.report(id).get("status").asText()).isEqualTo("AWAITING_APPROVAL");

        // the signer returns it, so that no number of the demo register is used by this test
        s.completeOk("bithu", approveTask, "RETURN", "Chưa đủ nội dung.");
        assertThat(s.report(id).get("status").asText()).isEqualTo("CONSOLIDATING");
    }

    @Test
    void anonymousCallsGetProblem401() {
        ApiClient.Response response = ApiClient.anonymous(port).get("/api/reports");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.raw().headers().firstValue("Content-Type").orElse(""))
                .contains("application/problem+json");
        assertThat(response.detail()).contains("chưa đăng nhập");
        assertThat(ApiClient.as(port, "ubnd", "sai-mat-khau").get("/api/me").status())
                .isEqualTo(401);
    }
}
