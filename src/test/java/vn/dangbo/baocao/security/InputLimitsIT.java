package vn.dangbo.baocao.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;

/** Hostile or careless input is refused with a Vietnamese problem detail, never a 500, and changes nothing. */
@IntegrationTest
class InputLimitsIT {

    @LocalServerPort
    int port;

    @Test
    void controlCharactersAreRefusedAndWordsVerticalTabBecomesALineBreak() {
        Scenario s = new Scenario(port);
        long id = s.openReport(2031, 4);
        ApiClient ubnd = s.as("ubnd");
        String path = "/api/reports/" + id + "/sections/C.I";
        JsonNode section = ubnd.get(path).json();
        String item = section.at("/items/0/code").asText();

        ApiClient.Response bell = ubnd.put(
                path, body(item, "Dòng một\u0007", section.get("version").asInt()));
        assertThat(bell.status()).isEqualTo(422);
        assertThat(bell.json().at("/errors/0/message").asText())
                .contains("ký tự điều khiển")
                .contains("U+0007");
        ApiClient.Response nul =
                ubnd.put(path, body(item, "A\u0000B", section.get("version").asInt()));
        assertThat(nul.status()).isEqualTo(422);

        ApiClient.Response unknownFigure = ubnd.put(
                path,
                Map.of(
                        "items",
                        List.of(Map.of("code", item, "text", "Có", "indicators", Map.of("khong-co-chi-tieu", "5"))),
                        "version",
                        section.get("version").asInt()));
        assertThat(unknownFigure.status()).isEqualTo(422);
        assertThat(unknownFigure.json().at("/errors/0/message").asText())
                .isEqualTo("Không có chỉ tiêu \"khong-co-chi-tieu\" trong nội dung này.");

        ApiClient.Response pasted = ubnd.put(
                path,
                body(item, "Dòng một\u000BDòng hai", section.get("version").asInt()));
        assertThat(pasted.status()).as(pasted.detail()).isEqualTo(200);
        assertThat(ubnd.get(path).json().at("/items/0/text").asText()).isEqualTo("Dòng một\nDòng hai");
    }

    @Test
    void theTextLimitCountsVietnameseLettersOnceWhicheverWayTheyWereTyped() {
        Scenario s = new Scenario(port);
        long id = s.openReport(2031, 5);
        ApiClient ubnd = s.as("ubnd");
        String path = "/api/reports/" + id + "/sections/C.I";
        JsonNode section = ubnd.get(path).json();
        String item = section.at("/items/0/code").asText();
        String decomposed = Normalizer.normalize("ộ".repeat(20_000), Normalizer.Form.NFD);
        assertThat(decomposed.length()).isEqualTo(60_000);

        ApiClient.Response saved =
                ubnd.put(path, body(item, decomposed, section.get("version").asInt()));
        assertThat(saved.status()).as(saved.detail()).isEqualTo(200);
        ApiClient.Response tooLong = ubnd.put(
                path, body(item, "ộ".repeat(20_001), saved.json().get("version").asInt()));
        assertThat(tooLong.status()).isEqualTo(413);
        assertThat(tooLong.detail()).contains("tối đa 20000 ký tự");
    }

    @Test
    void freeTextsOfANewReportAreBoundedAndPrintable() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("templateId", "nq57-thang");
        body.put("period", Map.of("kind", "MONTH", "year", 2031, "number", 6));
        body.put("deadline", Instant.now().plus(7, ChronoUnit.DAYS).toString());
        body.put("assignments", Map.of("ubnd", "ubnd", "congan", "congan", "truong", "truong"));
        body.put("signerUsername", "bithu");
        body.put("title", "Báo cáo\u0000");
        body.put("recipients", List.of("x".repeat(301)));
        ApiClient.Response response = new Scenario(port).as("vanphong").post("/api/reports", body);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").findValuesAsText("field")).contains("title", "recipients");

        body.put("title", "T".repeat(501));
        body.put("recipients", List.of("Lưu Văn phòng Đảng ủy."));
        ApiClient.Response tooLong = new Scenario(port).as("vanphong").post("/api/reports", body);
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().at("/errors/0/message").asText())
                .isEqualTo("Nội dung \"Tiêu đề\" quá dài (tối đa 500 ký tự).");
    }

    @Test
    void frameworkRefusalsAreVietnameseProblems() {
        ApiClient admin = ApiClient.as(port, "admin", "demo");
        ApiClient.Response unknown = admin.get("/api/khong-co-dia-chi-nay");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.detail()).isEqualTo("Không tìm thấy địa chỉ yêu cầu.");
        assertThat(admin.post("/api/khong-co", Map.of()).status()).isEqualTo(404);

        ApiClient.Response method = admin.delete("/api/templates");
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.detail()).isEqualTo("Địa chỉ này không nhận phương thức DELETE.");
        ApiClient.Response type = admin.postRaw("/api/templates", "image/png", "x");
        assertThat(type.status()).isEqualTo(415);
        assertThat(type.detail()).isEqualTo("Kiểu dữ liệu gửi lên không được hỗ trợ.");

        ApiClient.Response broken = admin.postRaw(
                "/api/reports/1/sections/C.I/attachments",
                "multipart/form-data; boundary=abc",
                "--abc\r\nContent-Disposition: form-data; name=\"file\"\r\n");
        assertThat(broken.status()).isBetween(400, 499);
        assertThat(broken.detail()).doesNotContainPattern("[A-Za-z]+ [A-Za-z]+ [A-Za-z]+ request");
        assertThat(broken.raw().headers().firstValue("Content-Type").orElse("")).contains("problem+json");

        ApiClient.Response unreadable = admin.postRaw("/api/reports", "application/json", "{\"period\": ");
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.detail()).startsWith("Không đọc được dữ liệu gửi lên");
    }

    @Test
    void templatesAreBoundedInSizeAndInTheProblemsListed() {
        ApiClient admin = ApiClient.as(port, "admin", "demo");
        ApiClient.Response huge = admin.postRaw(
                "/api/templates", "application/yaml", "id: lon\ntitle: \"" + "x".repeat(300 * 1024) + "\"\n");
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.detail()).isEqualTo("Mẫu báo cáo quá lớn (tối đa 256 KB).");

        StringBuilder yaml = new StringBuilder("id: nhieu-loi\nversion: 1\ntitle: Nhiều lỗi\n");
        for (int i = 0; i < 500; i++) {
            yaml.append("truong").append(i).append(": 1\n");
        }
        ApiClient.Response many = admin.postRaw("/api/templates", "application/yaml", yaml.toString());
        assertThat(many.status()).isEqualTo(422);
        assertThat(many.json().get("errors").size()).isEqualTo(51);
        assertThat(many.json().at("/errors/50/message").asText()).startsWith("… và ");

        String bomb =
                "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                        + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n";
        ApiClient.Response aliases = admin.postRaw("/api/templates", "application/yaml", bomb);
        assertThat(aliases.status()).isEqualTo(422);
    }

    private static Map<String, Object> body(String item, String text, int version) {
        return Map.of("items", List.of(Map.of("code", item, "text", text)), "version", version);
    }
}
