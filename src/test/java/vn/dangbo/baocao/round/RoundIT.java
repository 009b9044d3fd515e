package vn.dangbo.baocao.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Jobs;
import vn.dangbo.baocao.Scenario;
import vn.dangbo.baocao.TestCommune;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.issuance.ReportIssued;

/**
 * A province and three communes in one installation: a round to the province's own issued report, with one
 * commune late (engine clock moved: reminder and escalation) and one returned and corrected.
 */
@IntegrationTest
class RoundIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    @Autowired
    HistoryService history;

    @Autowired
    RoundReceipts receipts;

    @Test
    void roundThroughThreeCommunesToTheProvincesIssuedReport() throws Exception {
        TestCommune province =
                RoundSteps.organisation(context, "ĐẢNG BỘ TỈNH NINH BÌNH", "Tỉnh ủy Ninh Bình", "TU", null);
        TestCommune a = RoundSteps.organisation(context, "ĐẢNG ỦY XÃ AN", "Đảng ủy xã An", "ĐU", province);
        TestCommune b = RoundSteps.organisation(context, "ĐẢNG ỦY XÃ BÌNH", "Đảng ủy xã Bình", "ĐU", province);
        TestCommune c = RoundSteps.organisation(context, "ĐẢNG ỦY XÃ CHÂU", "Đảng ủy xã Châu", "ĐU", province);
        Scenario p = new Scenario(port, province.prefix());

        Map<String, Object> request = new LinkedHashMap<>();
        request.put("templateId", "nq57-thang");
        request.put("period", Map.of("kind", "MONTH", "year", 2026, "number", 5));
        request.put("basisNumber", "202-CV/UBKTTU");
        request.put(
                "basis",
                "Thực hiện Công văn số 202-CV/UBKTTU ngày 27/01/2026 của Ủy ban Kiểm tra Tỉnh ủy về báo cáo kết quả"
                        + " thực hiện Nghị quyết số 57-NQ/TW,");
        request.put("deadline", Instant.now().plus(Duration.ofDays(5)).toString());
        ApiClient.Response sent = p.as("vanphong").post("/api/rounds", request);
        assertThat(sent.status()).as(sent.detail()).isEqualTo(201);
        long roundId = sent.json().get("id").asLong();
        assertThat(statuses(p, roundId)).containsExactly("NOT_OPENED", "NOT_OPENED", "NOT_OPENED");
        assertThat(new Scenario(port, a.prefix())
                        .as("vanphong")
                        .get("/api/rounds/" + roundId)
                        .status())
                .as("another organisation's round")
                .isEqualTo(404);

        // each commune's office sees the request prefilled and confirms it: its own report opens
        Map<String, Long> reportOf = new LinkedHashMap<>();
        for (TestCommune commune : List.of(a, b, c)) {
            Scenario s = new Scenario(port, commune.prefix());
            JsonNode requests = s.as("vanphong").get("/api/rounds/requests").json();
            assertThat(requests).hasSize(1);
            assertThat(requests.get(0).get("basis").asText()).startsWith("Thực hiện Công văn số 202-CV/UBKTTU");
            assertThat(requests.get(0).get("recipients").get(0).asText()).isEqualTo("Tỉnh ủy Ninh Bình,");
            assertThat(s.as("vanphong").post("/api/templates", Map.of()).status())
                    .isNotEqualTo(201);
            reportOf.put(commune.prefix(), RoundSteps.confirm(s, roundId, commune.prefix(), null));
        }
        assertThat(statuses(p, roundId)).containsExactly("IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS");

        // A and B issue on time; their documents arrive in the province's register, checked
        RoundSteps.issue(new Scenario(port, a.prefix()), reportOf.get(a.prefix()), 3, 40, 36);
        RoundSteps.issue(new Scenario(port, b.prefix()), reportOf.get(b.prefix()), 2, 25, 20);
        List<JsonNode> incoming = RoundSteps.awaitIncoming(p, 2);
        JsonNode fromA = incoming.stream()
                .filter(d -> d.get("sender").asText().equals(a.organisation().code()))
                .findFirst()
                .orElseThrow();
        assertThat(fromA.get("number").asText()).isEqualTo("01-BC/ĐU");
        assertThat(fromA.get("version").asInt()).isEqualTo(1);
        ApiClient.Response file =
                p.as("vanphong").get("/api/rounds/incoming/" + fromA.get("id").asLong() + "/document");
        assertThat(vn.dangbo.baocao.common.Hashes.sha256(file.bytes()))
                .isEqualTo(fromA.get("sha256").asText());
        assertThat(fromA.get("figures").get("conferences_held").asInt()).isEqualTo(9);

        // C is late: the engine's clock passes the reminder, then the deadline
        String processInstance = jdbc.sql("select process_instance_id from round where id = ?")
                .param(roundId)
                .query(String.class)
                .single();
        fire(processInstance, RoundProcess.REMINDER_TIMER);
        assertThat(RoundSteps.notices(new Scenario(port, c.prefix()), "vanphong"))
                .anyMatch(t -> t.contains("Tỉnh ủy Ninh Bình") && t.contains("chưa gửi văn bản"));
        fire(processInstance, RoundProcess.DEADLINE_TIMER);
        assertThat(RoundSteps.notices(p, "vanphong")).anyMatch(t -> t.startsWith("Đảng ủy xã Châu chưa gửi báo cáo"));
        assertThat(statuses(p, roundId)).containsExactly("ISSUED", "ISSUED", "LATE");

        // a tampered file is refused on receipt, nothing recorded
        byte[] real = file.bytes();
        byte[] tampered = real.clone();
        tampered[tampered.length / 2] ^= 1;
        ReportIssued forged = new ReportIssued(
                c.organisation().id(),
                reportOf.get(c.prefix()),
                -1,
                "01-BC/ĐU",
                LocalDate.now(),
                fromA.get("sha256").asText());
        assertThatThrownBy(() -> receipts.deliver(forged, tampered))
                .isInstanceOf(AppException.class)
                .hasMessageContaining("Từ chối nhận văn bản");
        assertThat(p.as("vanphong").get("/api/rounds/incoming").json()).hasSize(2);

        RoundSteps.issue(new Scenario(port, c.prefix()), reportOf.get(c.prefix()), 1, 10, 5);
        RoundSteps.awaitIncoming(p, 3);
        assertThat(statuses(p, roundId)).containsExactly("ISSUED", "ISSUED", "ISSUED");

        // the province returns A's report; A corrects it: version 2 replaces version 1
        ApiClient.Response returned = p.as("vanphong")
                .post(
                        "/api/rounds/incoming/" + fromA.get("id").asLong() + "/return",
                        Map.of("comment", "Số đảng viên tham gia chưa khớp."));
        assertThat(returned.status()).as(returned.detail()).isEqualTo(204);
        assertThat(RoundSteps.notices(new Scenario(port, a.prefix()), "vanphong"))
                .anyMatch(t -> t.contains("Số đảng viên tham gia chưa khớp."));
        assertThat(statuses(p, roundId)).containsExactly("IN_PROGRESS", "ISSUED", "ISSUED");
        long corrected =
                RoundSteps.confirm(new Scenario(port, a.prefix()), roundId, a.prefix(), "Sửa số đảng viên tham gia.");
        RoundSteps.issue(new Scenario(port, a.prefix()), corrected, 3, 40, 38);
        JsonNode v2 = RoundSteps.awaitIncoming(p, 4).stream()
                .filter(d -> d.get("version").asInt() == 2)
                .findFirst()
                .orElseThrow();
        assertThat(v2.get("replacesId").asLong()).isEqualTo(fromA.get("id").asLong());
        assertThat(v2.get("number").asText()).isEqualTo("02-BC/ĐU");
        assertThat(statuses(p, roundId)).containsExactly("ISSUED", "ISSUED", "ISSUED");

        // the aggregate equals the communes' figures; the rate comes from the totals
        JsonNode table = p.as("vanphong")
                .get("/api/rounds/" + roundId + "/aggregate")
                .json()
                .get("tables")
                .get(0);
        JsonNode rows = table.get("rows");
        assertThat(rows).hasSize(4);
        JsonNode total = rows.get(3);
        assertThat(total.get("total").asBoolean()).isTrue();
        assertThat(total.get("values").get("conferences").asInt()).isEqualTo(9 + 6 + 3);
        assertThat(total.get("values").get("members").asInt()).isEqualTo(120 + 75 + 30);
        assertThat(total.get("values").get("participants").asInt()).isEqualTo(114 + 60 + 15);
        assertThat(total.get("values").get("participation_rate").decimalValue().doubleValue())
                .isCloseTo(189.0 / 225 * 100, org.assertj.core.data.Offset.offset(0.01));
        ApiClient.Response xlsx = p.as("vanphong").get("/api/rounds/" + roundId + "/aggregate.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(sheet.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(18.0);
        }
        Jobs.ofEngine().runDue(processInstance);
        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceId(processInstance)
                        .finished()
                        .count())
                .as("every commune received: the round's process has ended")
                .isEqualTo(1);

        // the province's own report starts from the totals and is issued in its own register
        ApiClient.Response opened = p.as("vanphong")
                .post("/api/rounds/" + roundId + "/superior-report", RoundSteps.confirmBody(province.prefix(), null));
        assertThat(opened.status()).as(opened.detail()).isEqualTo(201);
        long own = opened.json().get("id").asLong();
        JsonNode officeB =
                p.as("vanphong").get("/api/reports/" + own + "/sections/B").json();
        assertThat(officeB.toString()).contains("\"conferences_held\":\"18\"");
        RoundSteps.issue(p, own, 0, 0, 0);
        assertThat(p.report(own).get("number").asText()).isEqualTo("01-BC/TU");
        assertThat(p.as("vanphong")
                        .get("/api/rounds/" + roundId)
                        .json()
                        .get("superiorReportId")
                        .asLong())
                .isEqualTo(own);
    }

    private static List<String> statuses(Scenario p, long roundId) {
        List<String> out = new ArrayList<>();
        p.as("vanphong")
                .get("/api/rounds/" + roundId)
                .json()
                .get("lines")
                .forEach(l -> out.add(l.get("status").asText()));
        return out;
    }

    /** Runs the round's timers of one kind as if their time had come. */
    private void fire(String processInstanceId, String activityId) {
        List<Job> timers = management
                .createJobQuery()
                .processInstanceId(processInstanceId)
                .activityId(activityId)
                .list();
        assertThat(timers).as(activityId).hasSize(1);
        timers.forEach(Jobs.ofEngine()::fire);
    }
}
