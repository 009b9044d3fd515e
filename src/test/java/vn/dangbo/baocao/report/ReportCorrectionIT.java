package vn.dangbo.baocao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;
import vn.dangbo.baocao.TestCommune;

/** One report per template, period and organisation, unless the office opens a correction and says why. */
@IntegrationTest
class ReportCorrectionIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private Scenario commune() {
        return new Scenario(port, TestCommune.create(context).prefix());
    }

    @Test
    void aPeriodOpenedTwiceWithoutAReasonIsRefusedAndNoTaskIsCreated() {
        Scenario s = commune();
        Map<String, Object> body = s.openRequest(2026, 9, Duration.ofDays(7));
        ApiClient.Response first = s.as("vanphong").post("/api/reports", body);
        assertThat(first.status()).isEqualTo(201);
        int tasks = s.tasks("ubnd").size();

        ApiClient.Response second = s.as("vanphong").post("/api/reports", body);

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.detail())
                .startsWith("Kỳ tháng 9 năm 2026 của mẫu báo cáo này đã được mở:")
                .contains("Đang thu thập")
                .endsWith("Chỉ mở lại khi cần đính chính, và phải nêu lý do.");
        assertThat(s.tasks("ubnd")).hasSize(tasks);
        assertThat(s.as("vanphong").get("/api/reports").json()).hasSize(1);
    }

    @Test
    void aCorrectionWithAReasonOpensAndNamesTheReportItReplaces() {
        Scenario s = commune();
        Map<String, Object> body = s.openRequest(2026, 9, Duration.ofDays(7));
        long first =
                s.as("vanphong").post("/api/reports", body).json().get("id").asLong();

        body.put("correctionReason", "  Sai số liệu của Chi bộ Công an xã.  ");
        ApiClient.Response correction = s.as("vanphong").post("/api/reports", body);

        assertThat(correction.status()).as(correction.detail()).isEqualTo(201);
        var view = s.report(correction.json().get("id").asLong());
        assertThat(view.get("replacesReportId").asLong()).isEqualTo(first);
        assertThat(view.get("correctionReason").asText()).isEqualTo("Sai số liệu của Chi bộ Công an xã.");
        assertThat(s.report(first).get("replacesReportId").isNull()).isTrue();
    }

    @Test
    void aCancelledReportDoesNotHoldItsPeriodAndOtherPeriodsAreFree() {
        Scenario s = commune();
        long cancelled = s.openReport(2026, 10);
        assertThat(s.as("vanphong")
                        .post("/api/reports/" + cancelled + "/cancel", Map.of("reason", "Mở nhầm người ký."))
                        .status())
                .isEqualTo(204);

        ApiClient.Response again = s.as("vanphong").post("/api/reports", s.openRequest(2026, 10, Duration.ofDays(7)));
        ApiClient.Response november =
                s.as("vanphong").post("/api/reports", s.openRequest(2026, 11, Duration.ofDays(7)));

        assertThat(again.status()).as(again.detail()).isEqualTo(201);
        assertThat(s.report(again.json().get("id").asLong())
                        .get("replacesReportId")
                        .isNull())
                .isTrue();
        assertThat(november.status()).as(november.detail()).isEqualTo(201);
    }
}
