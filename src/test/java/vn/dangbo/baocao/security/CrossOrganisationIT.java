package vn.dangbo.baocao.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;
import vn.dangbo.baocao.TestCommune;

/**
 * Two organisations side by side: every user of the second one, on the first one's ids (report, sections,
 * versions, attachments, the issued .docx and PDF, audit and its exports, the task, a notification), gets 404 —
 * never data — and nothing of the first organisation changes; its register and exports hold nothing of the other.
 */
@IntegrationTest
class CrossOrganisationIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> OTHERS = List.of("vanphong", "bithu", "ubnd", "congan", "truong");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anotherOrganisationsIdsAnswer404AndChangeNothing() throws Exception {
        TestCommune a =
                TestCommune.in(context).termStart(LocalDate.of(2025, 7, 1)).create();
        TestCommune b =
                TestCommune.in(context).termStart(LocalDate.of(2025, 7, 1)).create();
        Scenario ours = new Scenario(port, a.prefix());
        Scenario theirs = new Scenario(port, b.prefix());
        long id = ours.openReport(2032, 3);
        theirs.openReport(2032, 3);
        String later = java.time.Instant.now()
                .plus(java.time.Duration.ofDays(20))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString();
        assertThat(ours.as("vanphong")
                        .post("/api/reports/" + id + "/deadline", Map.of("unitCode", "congan", "deadline", later))
                        .status())
                .isLessThan(300);
        ours.writeAll("ubnd", id, "Bản nháp thứ nhất");
        ours.writeAll("ubnd", id, "Bản nháp thứ hai");
        long attachment = upload(a.prefix() + "ubnd", "/api/reports/" + id + "/sections/C.I/attachments");
        ours.collectAll(id);
        ours.writeOfficeSections(id, "Đánh giá của Văn phòng");
        String consolidate =
                ours.task("vanphong", id, "CONSOLIDATE", null).get("id").asText();
        long notification =
                jdbc.sql("""
                        select n.id from notification n join app_user u on u.id = n.user_id
                        where u.organisation_id = ? order by n.id limit 1""").param(a.organisation().id()).query(Long.class).single();

        String r = "/api/reports/" + id;
        List<String> reads = List.of(
                r,
                r + "/timeline",
                r + "/sections/C.I",
                r + "/sections/C.I/versions",
                r + "/sections/C.I/versions/1/diff/2",
                r + "/sections/C.I/attachments",
                r + "/sections/C.I/attachments/" + attachment,
                r + "/preview",
                r + "/board",
                r + "/carry-forward",
                r + "/audit",
                r + "/audit.xlsx",
                r + "/audit.csv",
                "/api/tasks/" + consolidate);
        String before = snapshot(ours, id);
        SoftAssertions soft = new SoftAssertions();
        for (String user : OTHERS) {
            ApiClient other = theirs.as(user);
            for (String path : reads) {
                ApiClient.Response response = other.get(path);
                soft.assertThat(response.status()).as(user + " GET " + path).isEqualTo(404);
            }
            soft.assertThat(other.post("/api/tasks/" + consolidate + "/complete", Map.of("action", "FORWARD"))
                            .status())
                    .as(user + " complete")
                    .isIn(404, 422);
            soft.assertThat(other.post("/api/notifications/" + notification + "/read", Map.of())
                            .status())
                    .as(user + " notification")
                    .isEqualTo(404);
            soft.assertThat(other.delete(r + "/sections/C.I/attachments/" + attachment)
                            .status())
                    .as(user + " delete attachment")
                    .isEqualTo(404);
            soft.assertThat(other.post(r + "/cancel", Map.of("reason", "Thử hủy báo cáo của xã khác"))
                            .status())
                    .as(user + " cancel")
                    .isEqualTo(404);
            soft.assertThat(other.post(r + "/deadline", Map.of("unitCode", "congan", "deadline", later))
                            .status())
                    .as(user + " deadline")
                    .isEqualTo(404);
            soft.assertThat(other.post(r + "/reassign", Map.of("roleKey", "ubnd", "unitCode", "congan"))
                            .status())
                    .as(user + " reassign")
                    .isEqualTo(404);
        }
        soft.assertThat(theirs.as("ubnd")
                        .put(r + "/sections/C.I", Map.of("items", List.of(), "version", 2))
                        .status())
                .isEqualTo(404);
        soft.assertAll();
        assertThat(snapshot(ours, id)).isEqualTo(before);

        ours.completeOk("vanphong", consolidate, "FORWARD", null);
        ours.completeOk(
                "bithu", ours.task("bithu", id, "APPROVE", null).get("id").asText(), "APPROVE", null);
        ours.runJobsAndExpect(id, "ISSUED");
        String sha256 = ours.as("vanphong")
                .get("/api/register")
                .json()
                .get(0)
                .get("sha256")
                .asText();

        String issued = snapshot(ours, id);
        for (String user : OTHERS) {
            ApiClient other = theirs.as(user);
            for (String path : List.of(r + "/document", r + "/document.pdf", r, r + "/audit")) {
                assertThat(other.get(path).status()).as(user + " GET " + path).isEqualTo(404);
            }
        }
        for (String user : List.of("vanphong", "bithu")) {
            ApiClient.Response register = theirs.as(user).get("/api/register");
            assertThat(register.status()).isEqualTo(200);
            assertThat(register.json().toString()).doesNotContain(sha256);
            assertThat(new String(theirs.as(user).get("/api/register.xlsx").bytes(), StandardCharsets.ISO_8859_1))
                    .doesNotContain(sha256);
            assertThat(theirs.as(user).get("/api/reports").json().toString()).doesNotContain("\"id\":" + id + ",");
        }
        assertThat(snapshot(ours, id)).isEqualTo(issued);
        assertThat(ours.as("vanphong").get("/api/audit/verify").json().get("ok").asBoolean())
                .isTrue();
    }

    /** What the first organisation's office sees of the report: status, units, number, and its audit trail. */
    private static String snapshot(Scenario ours, long id) {
        ApiClient office = ours.as("vanphong");
        JsonNode report = office.get("/api/reports/" + id).json();
        JsonNode audit = office.get("/api/reports/" + id + "/audit").json();
        return report.toString()
                + audit.size()
                + audit.get(audit.size() - 1).get("hash").asText();
    }

    private long upload(String user, String path) throws IOException, InterruptedException {
        byte[] content;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Danh sách").createRow(0).createCell(0).setCellValue("Đảng viên");
            workbook.write(out);
            content = out.toByteArray();
        }
        String boundary = "----cross" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"danh-sach.xlsx\""
                        + "\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String token =
                Base64.getEncoder().encodeToString((user + ":" + Scenario.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Basic " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode())
                .as(new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo(201);
        return ApiClient.JSON.readTree(response.body()).get("id").asLong();
    }
}
