package vn.dangbo.baocao.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;
import vn.dangbo.baocao.TestCommune;

/** POST /api/templates/import: a Word outline becomes a template to look at; the YAML upload stores it. */
@IntegrationTest
class TemplateImportIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void theOfficeImportsSeed000sOutlineAndStoresItWithTheYamlUpload() throws Exception {
        TestCommune commune = TestCommune.create(context);
        Scenario s = commune.scenario(port);

        HttpResponse<byte[]> response = upload(commune.user("vanphong"), "Dàn ý NQ57.docx", OutlineDocx.seed000());
        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        JsonNode preview = ApiClient.JSON.readTree(response.body());
        assertThat(preview.get("key").asText()).isEqualTo("dan-y-nq57");
        assertThat(preview.get("title").asText()).startsWith("Báo cáo tháng - Việc lãnh đạo, chỉ đạo");
        assertThat(preview.get("sections").asInt()).isEqualTo(13);
        assertThat(preview.get("items").asInt()).isEqualTo(16);
        String yaml = preview.get("yaml").asText();
        assertThat(yaml).contains("heading: CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", "owner: office");
        assertThat(s.as("vanphong").get("/api/templates").json().toString())
                .as("a preview stores nothing")
                .doesNotContain("dan-y-nq57");

        ApiClient.Response stored = s.as("vanphong").postRaw("/api/templates", "application/yaml", yaml);
        assertThat(stored.status()).as(stored.detail()).isEqualTo(201);
        JsonNode template = s.as("vanphong").get("/api/templates/dan-y-nq57").json();
        assertThat(template.toString()).contains("ĐỐI VỚI CHI BỘ CÔNG AN XÃ", "Nêu đặc điểm tình hình của Chi bộ.");

        // the same file again is a new template, not a new version of the stored one
        JsonNode again =
                ApiClient.JSON.readTree(upload(commune.user("vanphong"), "Dàn ý NQ57.docx", OutlineDocx.seed000())
                        .body());
        assertThat(again.get("key").asText()).isEqualTo("dan-y-nq57-2");
    }

    @Test
    void badFilesAndUnitsAreRefusedAsProblemDetails() throws Exception {
        TestCommune commune = TestCommune.create(context);

        HttpResponse<byte[]> notWord =
                upload(commune.user("vanphong"), "dan-y.docx", "A. KHÁI QUÁT".getBytes(StandardCharsets.UTF_8));
        assertThat(notWord.statusCode()).isEqualTo(422);
        assertThat(notWord.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(ApiClient.JSON.readTree(notWord.body()).path("detail").asText())
                .contains("không phải là văn bản Word (.docx)");

        HttpResponse<byte[]> noHeading = upload(
                commune.user("vanphong"),
                "dan-y.docx",
                OutlineDocx.typed(java.util.List.of("BÁO CÁO", "Về việc thi đua", "Không có đề mục.")));
        assertThat(noHeading.statusCode()).isEqualTo(422);
        assertThat(ApiClient.JSON.readTree(noHeading.body()).path("detail").asText())
                .contains("Không tìm thấy đề mục đánh số nào");

        HttpResponse<byte[]> unit = upload(commune.user("ubnd"), "dan-y.docx", OutlineDocx.seed000());
        assertThat(unit.statusCode()).isEqualTo(403);
    }

    private HttpResponse<byte[]> upload(String username, String fileName, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "----outline" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                        + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String token = Base64.getEncoder()
                .encodeToString((username + ":" + Scenario.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/templates/import"))
                        .header("Authorization", "Basic " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
