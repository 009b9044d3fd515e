package vn.dangbo.baocao.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
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

/**
 * A delivery that fails after the issue committed (the superior's register refuses the row for a moment) is
 * made on the next sweep, exactly once, and the round moves on; closing a round stops it waiting.
 */
@IntegrationTest
class RoundRedeliveryIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RoundRedelivery redelivery;

    @Autowired
    HistoryService history;

    @Test
    void aFailedDeliveryArrivesOnTheNextSweepExactlyOnce() throws Exception {
        TestCommune province =
                RoundSteps.organisation(context, "ĐẢNG BỘ TỈNH NINH BÌNH", "Tỉnh ủy Ninh Bình", "TU", null);
        TestCommune commune = RoundSteps.organisation(context, "ĐẢNG ỦY XÃ AN", "Đảng ủy xã An", "ĐU", province);
        Scenario p = new Scenario(port, province.prefix());
        Scenario c = new Scenario(port, commune.prefix());
        long roundId = send(p);
        long reportId = RoundSteps.confirm(c, roundId, commune.prefix(), null);

        long sender = commune.organisation().id();
        jdbc.sql("""
                create function refuse_incoming_%1$d() returns trigger language plpgsql as $$
                begin raise exception 'register unavailable'; end; $$;
                create trigger refuse_incoming_%1$d before insert on incoming_document for each row
                    when (new.sender_id = %1$d) execute function refuse_incoming_%1$d();
                """.formatted(sender)).update();
        try {
            RoundSteps.issue(c, reportId, 3, 40, 36);
            Thread.sleep(1000);
            assertThat(incoming(province))
                    .as("the delivery after the issue failed")
                    .isZero();
            assertThat(redelivery.sweep())
                    .as("still refused: nothing arrives, nothing breaks")
                    .isZero();
        } finally {
            jdbc.sql("drop trigger refuse_incoming_%1$d on incoming_document; drop function refuse_incoming_%1$d();"
                            .formatted(sender))
                    .update();
        }
        assertThat(c.report(reportId).get("status").asText()).isEqualTo("ISSUED");

        redelivery.sweep();
        redelivery.sweep();
        assertThat(incoming(province)).as("delivered once, whatever the sweeps").isEqualTo(1);
        assertThat(p.as("vanphong")
                        .get("/api/rounds/" + roundId)
                        .json()
                        .get("lines")
                        .get(0)
                        .get("status")
                        .asText())
                .isEqualTo("ISSUED");
        // the branch's end is asynchronous: run it as the job executor would
        Jobs.ofEngine()
                .runDue(jdbc.sql("select process_instance_id from round where id = ?")
                        .param(roundId)
                        .query(String.class)
                        .single());
        assertThat(ended(roundId))
                .as("the round's branch moved on and the round ended")
                .isTrue();
    }

    @Test
    void closingARoundStopsItWaitingAndWithdrawsTheRequest() throws Exception {
        TestCommune province =
                RoundSteps.organisation(context, "ĐẢNG BỘ TỈNH NINH BÌNH", "Tỉnh ủy Ninh Bình", "TU", null);
        TestCommune commune = RoundSteps.organisation(context, "ĐẢNG ỦY XÃ BÌNH", "Đảng ủy xã Bình", "ĐU", province);
        Scenario p = new Scenario(port, province.prefix());
        Scenario c = new Scenario(port, commune.prefix());
        long roundId = send(p);
        assertThat(c.as("vanphong").get("/api/rounds/requests").json()).hasSize(1);

        ApiClient.Response refused = p.as("vanphong").post("/api/rounds/" + roundId + "/close", Map.of("reason", " "));
        assertThat(refused.status()).isEqualTo(422);
        ApiClient.Response closed = p.as("vanphong")
                .post("/api/rounds/" + roundId + "/close", Map.of("reason", "Tỉnh ủy thay đổi kế hoạch."));
        assertThat(closed.status()).as(closed.detail()).isEqualTo(204);

        assertThat(c.as("vanphong").get("/api/rounds/requests").json()).isEmpty();
        assertThat(RoundSteps.notices(c, "vanphong"))
                .anyMatch(t -> t.contains("đã đóng đợt báo cáo") && t.contains("Tỉnh ủy thay đổi kế hoạch."));
        assertThat(c.as("vanphong")
                        .post(
                                "/api/rounds/requests/" + roundId + "/confirm",
                                RoundSteps.confirmBody(commune.prefix(), null))
                        .status())
                .isEqualTo(409);
        assertThat(ended(roundId)).as("the round's process ended").isTrue();
        assertThat(p.as("vanphong")
                        .post("/api/rounds/" + roundId + "/close", Map.of("reason", "Lần nữa."))
                        .status())
                .isEqualTo(409);
    }

    private static long send(Scenario p) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("templateId", "nq57-thang");
        request.put("period", Map.of("kind", "MONTH", "year", 2026, "number", 6));
        request.put("basisNumber", "305-CV/TU");
        request.put("basis", "Thực hiện Công văn số 305-CV/TU của Tỉnh ủy,");
        request.put("deadline", Instant.now().plus(Duration.ofDays(5)).toString());
        ApiClient.Response sent = p.as("vanphong").post("/api/rounds", request);
        assertThat(sent.status()).as(sent.detail()).isEqualTo(201);
        return sent.json().get("id").asLong();
    }

    /** Whether the round's process has ended, waiting for the asynchronous join. */
    private boolean ended(long roundId) throws InterruptedException {
        String processInstance = jdbc.sql("select process_instance_id from round where id = ?")
                .param(roundId)
                .query(String.class)
                .single();
        Instant until = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(until)) {
            if (history.createHistoricProcessInstanceQuery()
                            .processInstanceId(processInstance)
                            .finished()
                            .count()
                    == 1) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private int incoming(TestCommune province) {
        return jdbc.sql("select count(*) from incoming_document where organisation_id = ?")
                .param(province.organisation().id())
                .query(Integer.class)
                .single();
    }
}
