package vn.dangbo.baocao.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;

/** A chi bộ's helpers through the API: Word import, attachments, carry forward, and its inbox. */
@IntegrationTest
class UnitWorkIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void wordImportPreviewsThenSavesOnlyWhenConfirmedAndRefusesHostileFiles() throws Exception {
        Scenario s = new Scenario(port);
        long id = open(s, 2030, 1);

        for (byte[] hostile : List.of(Docs.renamedExe(), Docs.withExternalEntity(), Docs.macroEnabled())) {
            JsonNode refused = upload("ubnd", "/api/reports/" + id + "/import", "phan-ubnd.docx", hostile, 422);
            assertThat(refused.get("detail").asText()).isNotBlank().doesNotContain("Exception");
        }
        Path bomb = Files.createTempFile("bomb", ".docx");
        try {
            try (OutputStream out = Files.newOutputStream(bomb)) {
                Docs.writeZipBomb(out, 200L << 20);
            }
            JsonNode refused =
                    upload("ubnd", "/api/reports/" + id + "/import", "bom.docx", Files.readAllBytes(bomb), 413);
            assertThat(refused.get("detail").asText()).contains("bom nén");
        } finally {
            Files.deleteIfExists(bomb);
        }
        assertThat(section(s, "ubnd", id, "C.I").get("version").asInt()).isZero();

        JsonNode preview = upload("ubnd", "/api/reports/" + id + "/import", "phan-ubnd.docx", Docs.ubndPart(), 200);
        assertThat(section(s, "ubnd", id, "C.I").get("version").asInt())
                .as("preview saves nothing")
                .isZero();
        JsonNode ci = find(preview.get("sections"), "C.I");
        assertThat(find(ci.get("items"), "C.I.1").get("proposedText").asText())
                .contains("- Trung tâm Phục vụ hành chính công hoạt động ổn định.");
        assertThat(find(ci.get("items"), "C.I.2").get("proposedText").asText())
                .isEqualTo("- Ban hành 02 kế hoạch thực hiện.\n+ Hoàn thành 10/12 nhiệm vụ.");
        assertThat(find(ci.get("items"), "C.I.1").get("replaces").asBoolean()).isFalse();

        Map<String, Object> confirm = Map.of("sections", changes(preview));
        ApiClient.Response applied = s.as("ubnd").post("/api/reports/" + id + "/import/apply", confirm);
        assertThat(applied.status()).as(applied.detail()).isEqualTo(200);
        assertThat(applied.json().get("C.I").asInt()).isEqualTo(1);
        JsonNode saved = section(s, "ubnd", id, "C.I");
        assertThat(find(saved.get("items"), "C.I.2").get("text").asText()).startsWith("- Ban hành 02 kế hoạch");

        ApiClient.Response stale = s.as("ubnd").post("/api/reports/" + id + "/import/apply", confirm);
        assertThat(stale.status()).isEqualTo(409);
        JsonNode again = upload("ubnd", "/api/reports/" + id + "/import", "phan-ubnd.docx", Docs.ubndPart(), 200);
        assertThat(find(find(again.get("sections"), "C.I").get("items"), "C.I.1")
                        .get("replaces")
                        .asBoolean())
                .as("same text again replaces nothing")
                .isFalse();

        upload("congan", "/api/reports/" + id + "/import?unit=ubnd", "x.docx", Docs.ubndPart(), 403);
    }

    @Test
    void attachmentsAreTypeCheckedListedInTheDocumentAndKeptWhenRemoved() throws Exception {
        Scenario s = new Scenario(port);
        long id = open(s, 2030, 2);
        String base = "/api/reports/" + id + "/sections/C.I/attachments";

        upload("ubnd", base, "danh-sach.xlsx", Docs.renamedExe(), 422);
        upload("ubnd", base, "danh-sach.pdf", AttachmentTypeTest.xlsx(), 422);
        upload("congan", base, "danh-sach.xlsx", AttachmentTypeTest.xlsx(), 403);
        byte[] xlsx = AttachmentTypeTest.xlsx();
        JsonNode added = upload("ubnd", base, "danh-sach.xlsx", xlsx, 201);
        long aid = added.get("id").asLong();

        ApiClient.Response office = s.as("vanphong").get(base + "/" + aid);
        assertThat(office.status()).isEqualTo(200);
        assertThat(office.bytes()).isEqualTo(xlsx);
        assertThat(s.as("bithu").get(base + "/" + aid).status()).isEqualTo(200);
        assertThat(s.as("congan").get(base + "/" + aid).status()).isEqualTo(403);

        ApiClient.Response preview = s.as("vanphong").get("/api/reports/" + id + "/preview");
        assertThat(preview.status()).isEqualTo(200);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(preview.bytes()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            assertThat(extractor.getText()).contains("Phụ lục kèm theo: danh-sach.xlsx.");
        }

        assertThat(s.as("congan").delete(base + "/" + aid).status()).isEqualTo(403);
        assertThat(s.as("ubnd").delete(base + "/" + aid).status()).isEqualTo(204);
        assertThat(s.as("ubnd").get(base).json()).isEmpty();
        assertThat(s.as("vanphong").get(base + "/" + aid).status()).isEqualTo(404);
        List<String> actions = StreamSupport.stream(
                        s.as("vanphong")
                                .get("/api/reports/" + id + "/audit")
                                .json()
                                .spliterator(),
                        false)
                .map(e -> e.get("action").asText())
                .toList();
        assertThat(actions).contains("ATTACHMENT_ADDED", "ATTACHMENT_REMOVED");
    }

    @Test
    void carryForwardFillsOnlyEmptyItemsFromTheAcceptedPreviousPart() {
        Scenario s = new Scenario(port);
        long previous = open(s, 2031, 5);
        s.writeAll("ubnd", previous, "Kỳ trước");
        // last period's figures: procedures are a stock (carried), dossiers received a flow (not carried)
        List<Map<String, Object>> items = new java.util.ArrayList<>();
        for (JsonNode item : section(s, "ubnd", previous, "C.I").get("items")) {
            String code = item.get("code").asText();
            items.add(Map.of(
                    "code",
                    code,
                    "text",
                    "Kỳ trước " + code,
                    "indicators",
                    code.equals("C.I.1")
                            ? Map.of(
                                    "received",
                                    "1235",
                                    "received_full_online",
                                    "1200",
                                    "received_partial_online",
                                    "30",
                                    "received_direct",
                                    "5",
                                    "tthc_direct",
                                    "1",
                                    "tthc_total",
                                    "1000",
                                    "tthc_full_online",
                                    "996",
                                    "tthc_partial_online",
                                    "3")
                            : Map.of()));
        }
        assertThat(s.as("ubnd")
                        .put("/api/reports/" + previous + "/sections/C.I", Map.of("items", items, "version", 1))
                        .status())
                .isEqualTo(200);
        s.submit("ubnd", previous);
        s.review(previous, "ubnd", "ACCEPT", null);
        long current = open(s, 2031, 6);
        ApiClient.Response written = s.as("ubnd")
                .put(
                        "/api/reports/" + current + "/sections/A?draft=true",
                        Map.of("items", List.of(Map.of("code", "A.1", "text", "Đã viết kỳ này")), "version", 0));
        assertThat(written.status()).as(written.detail()).isEqualTo(200);

        ApiClient.Response preview = s.as("ubnd").get("/api/reports/" + current + "/carry-forward");
        assertThat(preview.status()).as(preview.detail()).isEqualTo(200);
        assertThat(preview.json().get("source").asText())
                .isEqualTo(s.report(previous).get("title").asText());
        JsonNode a = find(preview.json().get("sections"), "A");
        assertThat(StreamSupport.stream(a.get("items").spliterator(), false)
                        .map(i -> i.get("code").asText()))
                .containsExactly("A.2");
        assertThat(find(find(preview.json().get("sections"), "C.I").get("items"), "C.I.1")
                        .get("proposedText")
                        .asText())
                .isEqualTo("Kỳ trước C.I.1");
        JsonNode carried = find(find(preview.json().get("sections"), "C.I").get("items"), "C.I.1")
                .get("indicators");
        assertThat(java.util.stream.StreamSupport.stream(
                                java.util.Spliterators.spliteratorUnknownSize(carried.fieldNames(), 0), false)
                        .toList())
                .containsExactly("tthc_total", "tthc_full_online", "tthc_partial_online", "tthc_direct");
        assertThat(carried.get("tthc_total").asText()).isEqualTo("1000");
        assertThat(section(s, "ubnd", current, "C.I").get("version").asInt()).isZero();

        ApiClient.Response applied = s.as("ubnd")
                .post("/api/reports/" + current + "/carry-forward/apply", Map.of("sections", changes(preview.json())));
        assertThat(applied.status()).as(applied.detail()).isEqualTo(200);
        JsonNode savedA = section(s, "ubnd", current, "A");
        assertThat(find(savedA.get("items"), "A.1").get("text").asText()).isEqualTo("Đã viết kỳ này");
        assertThat(find(savedA.get("items"), "A.2").get("text").asText()).isEqualTo("Kỳ trước A.2");

        ApiClient.Response overwrite = s.as("ubnd")
                .post(
                        "/api/reports/" + current + "/carry-forward/apply",
                        Map.of(
                                "sections",
                                List.of(Map.of(
                                        "code",
                                        "A",
                                        "version",
                                        savedA.get("version").asInt(),
                                        "items",
                                        List.of(Map.of("code", "A.1", "text", "ghi đè"))))));
        assertThat(overwrite.status()).isEqualTo(409);
        assertThat(find(section(s, "ubnd", current, "A").get("items"), "A.1")
                        .get("text")
                        .asText())
                .isEqualTo("Đã viết kỳ này");

        assertThat(s.as("congan")
                        .get("/api/reports/" + current + "/carry-forward?unit=ubnd")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void inboxFiltersCountsAndListsWhatMyUnitDid() {
        Scenario s = new Scenario(port);
        long submitted = open(s, 2032, 3);
        s.writeAll("truong", submitted, "Nội dung");
        s.submit("truong", submitted);
        long drafting = open(s, 2032, 4);
        s.writeAll("truong", drafting, "Nháp");
        long untouched = open(s, 2032, 5);

        List<JsonNode> all = s.tasks("truong");
        ApiClient.Response count = s.as("truong").get("/api/tasks/count");
        assertThat(count.json().get("count").asLong()).isEqualTo(all.size());

        assertThat(reportIds(s, "truong", "?year=2032"))
                .contains(drafting, untouched)
                .doesNotContain(submitted);
        assertThat(reportIds(s, "truong", "?year=2032&month=4")).containsExactly(drafting);
        assertThat(reportIds(s, "truong", "?year=2032&status=NOT_STARTED")).containsExactly(untouched);

        JsonNode done = s.as("truong").get("/api/tasks/done?page=0").json();
        assertThat(done.get("total").asLong()).isPositive();
        JsonNode first = done.get("items").get(0);
        assertThat(first.get("reportId").asLong()).isEqualTo(submitted);
        assertThat(first.get("actionLabel").asText()).isEqualTo("Đã nộp");
        assertThat(first.get("period").asText()).isEqualTo("tháng 3 năm 2032");
        assertThat(s.as("truong").get("/api/tasks/done?page=-1").status()).isEqualTo(422);
    }

    private static List<Long> reportIds(Scenario s, String user, String query) {
        ApiClient.Response response = s.as(user).get("/api/tasks" + query);
        assertThat(response.status()).as(response.detail()).isEqualTo(200);
        return StreamSupport.stream(response.json().spliterator(), false)
                .map(t -> t.get("reportId").asLong())
                .toList();
    }

    private static long open(Scenario s, int year, int month) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("templateId", "nq57-thang");
        body.put("period", Map.of("kind", "MONTH", "year", year, "number", month));
        body.put("deadline", Instant.now().plus(Duration.ofDays(7)).toString());
        body.put("assignments", Map.of("ubnd", "ubnd", "congan", "congan", "truong", "truong"));
        body.put("recipients", List.of("Ban Thường vụ Đảng ủy,", "Lưu Văn phòng Đảng ủy."));
        body.put("signerUsername", "bithu");
        return s.openReport(body);
    }

    private static JsonNode section(Scenario s, String user, long id, String code) {
        ApiClient.Response response = s.as(user).get("/api/reports/" + id + "/sections/" + code);
        assertThat(response.status()).as(response.detail()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode find(JsonNode array, String code) {
        return StreamSupport.stream(array.spliterator(), false)
                .filter(n -> n.get("code").asText().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + array));
    }

    /** The preview's proposals as the confirmation the user sends back. */
    private static List<Map<String, Object>> changes(JsonNode preview) {
        List<Map<String, Object>> sections = new ArrayList<>();
        for (JsonNode section : preview.get("sections")) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (JsonNode item : section.get("items")) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("code", item.get("code").asText());
                change.put("text", item.get("proposedText").asText());
                change.put("indicators", ApiClient.JSON.convertValue(item.get("indicators"), Map.class));
                items.add(change);
            }
            sections.add(Map.of(
                    "code",
                    section.get("code").asText(),
                    "version",
                    section.get("version").asInt(),
                    "items",
                    items));
        }
        return sections;
    }

    private JsonNode upload(String user, String path, String fileName, byte[] content, int expectedStatus)
            throws IOException, InterruptedException {
        String boundary = "----unitwork" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
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
        JsonNode json = response.body().length == 0 ? null : ApiClient.JSON.readTree(response.body());
        assertThat(response.statusCode())
                .as(new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo(expectedStatus);
        return json;
    }
}
