package vn.dangbo.baocao.round;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.Scenario;
import vn.dangbo.baocao.TestCommune;
import vn.dangbo.baocao.identity.Organisation;

/** The steps of a round that several tests take: a province and its communes, confirming, issuing, receiving. */
public final class RoundSteps {

    private RoundSteps() {}

    /** A fresh organisation (shaped like the demo one) with these names, under {@code parent} when given. */
    public static TestCommune organisation(
            ApplicationContext context, String name, String shortName, String issuer, TestCommune parent) {
        TestCommune created = TestCommune.in(context)
                .shape(new Organisation(
                        0,
                        "x",
                        name,
                        "ĐẢNG BỘ TỈNH NINH BÌNH",
                        "Ninh Bình",
                        issuer,
                        shortName,
                        LocalDate.of(2025, 7, 1)))
                .create();
        context.getBean(JdbcClient.class)
                .sql("update organisation set parent_id = ? where id = ?")
                .params(
                        parent == null ? null : parent.organisation().id(),
                        created.organisation().id())
                .update();
        return created;
    }

    public static Map<String, Object> confirmBody(String prefix, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("signerUsername", prefix + "bithu");
        body.put("assignments", Map.of("ubnd", "ubnd", "congan", "congan", "truong", "truong"));
        body.put("participants", List.of("ubnd", "congan", "truong"));
        body.put("correctionReason", reason);
        return body;
    }

    public static long confirm(Scenario s, long roundId, String prefix, String reason) {
        ApiClient.Response response =
                s.as("vanphong").post("/api/rounds/requests/" + roundId + "/confirm", confirmBody(prefix, reason));
        assertThat(response.status()).as(response.detail()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    /** Every chi bộ writes (ubnd with the given figures in B.1), the office forwards, the secretary approves. */
    public static void issue(Scenario s, long reportId, int conferences, int members, int participants) {
        for (String unit : List.of("ubnd", "congan", "truong")) {
            write(s, unit, reportId, conferences, members, participants);
            s.submit(unit, reportId);
        }
        for (String unit : List.of("ubnd", "congan", "truong")) {
            s.review(reportId, unit, "ACCEPT", null);
        }
        s.runJobsAndExpect(reportId, "CONSOLIDATING");
        s.writeOfficeSections(reportId, "Đánh giá chung");
        s.forwardAndIssue(reportId);
    }

    private static void write(Scenario s, String unit, long reportId, int conferences, int members, int participants) {
        JsonNode task = s.task(unit, reportId, "CONTRIBUTE", null);
        JsonNode detail =
                s.as(unit).get("/api/tasks/" + task.get("id").asText()).json();
        for (JsonNode section : detail.get("sections")) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (JsonNode item : section.get("items")) {
                String code = item.get("code").asText();
                Map<String, Object> indicators = code.equals("B.1") && conferences > 0
                        ? Map.of(
                                "conferences_held", String.valueOf(conferences),
                                "party_members_total", String.valueOf(members),
                                "participants", String.valueOf(participants))
                        : Map.of();
                items.add(Map.of("code", code, "text", "Nội dung " + unit + " " + code, "indicators", indicators));
            }
            ApiClient.Response saved = s.as(unit)
                    .put(
                            "/api/reports/" + reportId + "/sections/"
                                    + section.get("code").asText(),
                            Map.of(
                                    "items",
                                    items,
                                    "version",
                                    section.get("version").asInt()));
            assertThat(saved.status()).as(saved.detail() + " " + saved.json()).isEqualTo(200);
        }
    }

    /** Waits until the superior's register holds at least {@code count} documents. */
    public static List<JsonNode> awaitIncoming(Scenario p, int count) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(30);
        List<JsonNode> found = List.of();
        while (Instant.now().isBefore(until)) {
            JsonNode list = p.as("vanphong").get("/api/rounds/incoming").json();
            found = new ArrayList<>();
            list.forEach(found::add);
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(200);
        }
        assertThat(found).hasSize(count);
        return found;
    }

    /** Waits until the request has reached the child (its template copied): confirming it then works. */
    public static void awaitRequest(Scenario child, long roundId) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(until)) {
            for (JsonNode r : child.as("vanphong").get("/api/rounds/requests").json()) {
                if (r.get("roundId").asLong() == roundId
                        && r.get("templateVersion").asInt() > 0) {
                    return;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the request of round " + roundId + " did not reach the child");
    }

    public static List<String> notices(Scenario s, String user) {
        List<String> texts = new ArrayList<>();
        s.as(user)
                .get("/api/notifications")
                .json()
                .forEach(n -> texts.add(n.get("text").asText()));
        return texts;
    }
}
