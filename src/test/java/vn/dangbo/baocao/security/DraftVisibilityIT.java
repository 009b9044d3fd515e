package vn.dangbo.baocao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;

/** The whole draft (every unit's part, submitted or not) is for the office and the leadership only. */
@IntegrationTest
class DraftVisibilityIT {

    @LocalServerPort
    int port;

    @Test
    void aChiBoNeverDownloadsTheWholeDraftWithOtherUnitsUnsubmittedParts() throws IOException {
        Scenario s = new Scenario(port);
        long id = s.openReport(2031, 3);
        s.writeAll("ubnd", id, "Bản nháp riêng của ubnd");

        for (String unit : List.of("congan", "truong", "ubnd", "admin")) {
            ApiClient.Response preview = s.as(unit).get("/api/reports/" + id + "/preview");
            assertThat(preview.status()).as(unit).isEqualTo(403);
            assertThat(preview.detail()).startsWith("Chỉ Văn phòng Đảng ủy và lãnh đạo được xem toàn bộ dự thảo");
            assertThat(new String(preview.bytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .doesNotContain("Bản nháp riêng");
        }
        for (String reader : List.of("vanphong", "bithu")) {
            ApiClient.Response preview = s.as(reader).get("/api/reports/" + id + "/preview");
            assertThat(preview.status()).as(reader).isEqualTo(200);
            assertThat(text(preview.bytes())).contains("Bản nháp riêng của ubnd");
        }
    }

    @Test
    void aChiBoTimelineHoldsItsOwnPartAndNoClientAddresses() {
        Scenario s = new Scenario(port);
        long id = s.openReport(2031, 9);
        s.writeAll("ubnd", id, "Phần của ubnd");
        s.submit("ubnd", id);
        s.review(id, "ubnd", "RETURN", "Góp ý riêng cho ubnd");

        String path = "/api/reports/" + id + "/timeline";
        List<String> congan = new java.util.ArrayList<>();
        s.as("congan")
                .get(path)
                .json()
                .forEach(e -> congan.add(e.get("action").asText() + " "
                        + e.get("target").asText() + " " + e.path("detail").asText()));
        assertThat(congan).noneMatch(e -> e.contains("ubnd")).anyMatch(e -> e.startsWith("REPORT_OPENED"));
        List<String> ubnd = new java.util.ArrayList<>();
        s.as("ubnd")
                .get(path)
                .json()
                .forEach(e -> ubnd.add(
                        e.get("action").asText() + " " + e.path("detail").asText()));
        assertThat(ubnd).contains("RETURNED Góp ý riêng cho ubnd");
        s.as("vanphong")
                .get(path)
                .json()
                .forEach(e -> assertThat(e.path("clientAddress").isNull()).isTrue());
    }

    private static String text(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }
}
