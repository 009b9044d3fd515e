package vn.dangbo.baocao.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;
import vn.dangbo.baocao.TestCommune;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Hashes;
import vn.dangbo.baocao.report.Report;
import vn.dangbo.baocao.report.Reports;

/** A report issued in a commune of its own: number 01, immutable file, PDF, register search and export. */
@IntegrationTest
class IssuingIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    DocumentAssembler assembler;

    @Autowired
    DocumentRenderer renderer;

    @Autowired
    Reports reports;

    @Autowired
    FormatProfile profile;

    @Autowired
    Clock clock;

    @Test
    void issuedDocumentIsNumberedOneDatedTodayAndDownloadsByteForByte() throws Exception {
        TestCommune commune = TestCommune.create(context);
        Scenario s = new Scenario(port, commune.prefix());
        ApiClient office = s.as("vanphong");
        long id = s.openReport(4);
        s.collectAll(id);
        s.writeOfficeSections(id, "Đánh giá của Văn phòng");

        ApiClient.Response early = office.get("/api/reports/" + id + "/document.pdf");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.detail()).isEqualTo("Báo cáo chưa được ban hành.");

        String preview = text(office.get("/api/reports/" + id + "/preview").bytes());
        assertThat(preview).contains("DỰ THẢO").doesNotContain("Số 0");

        s.forwardAndIssue(id);
        assertThat(s.report(id).get("number").asText()).isEqualTo("01-BC/ĐU");

        ApiClient.Response first = office.get("/api/reports/" + id + "/document");
        ApiClient.Response second = office.get("/api/reports/" + id + "/document");
        assertThat(first.status()).isEqualTo(200);
        assertThat(second.bytes()).isEqualTo(first.bytes());
        JsonNode line = office.get("/api/register").json().get(0);
        assertThat(line.get("symbol").asText()).isEqualTo("01-BC/ĐU");
        assertThat(Hashes.sha256(first.bytes())).isEqualTo(line.get("sha256").asText());

        LocalDate today = Formats.today(clock);
        String issued = text(first.bytes());
        assertThat(issued)
                .contains("Số 01-BC/ĐU", profile.placeDate("Xuân Hưng", today))
                .doesNotContain("DỰ THẢO");

        Report report = reports.find(id).orElseThrow();
        String again = Hashes.sha256(renderer.render(assembler.assemble(report, "01-BC/ĐU", today)));
        String onceMore = Hashes.sha256(renderer.render(assembler.assemble(report, "01-BC/ĐU", today)));
        assertThat(again).isEqualTo(onceMore).isEqualTo(line.get("sha256").asText());

        ApiClient.Response conflict = office.put(
                "/api/register/settings", Map.of("documentType", "BC", "termStart", "2025-07-01", "firstNumber", 47));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.detail()).contains("01-BC/ĐU");

        pdfIsOfferedOrRefusedClearly(office, id);
        registerIsSearchableAndExported(s, office, today);
    }

    private void pdfIsOfferedOrRefusedClearly(ApiClient office, long id) {
        ApiClient.Response pdf = office.get("/api/reports/" + id + "/document.pdf");
        if (PdfConverter.available()) {
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.raw().headers().firstValue("Content-Type").orElse(""))
                    .startsWith("application/pdf");
            assertThat(pdf.raw().headers().firstValue("Content-Disposition").orElse(""))
                    .contains("01-BC-DU-");
            assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(office.get("/api/reports/" + id + "/document.pdf").bytes())
                    .isEqualTo(pdf.bytes());
        } else {
            assertThat(pdf.status()).isEqualTo(503);
            assertThat(pdf.detail()).contains("LibreOffice");
        }
    }

    private void registerIsSearchableAndExported(Scenario s, ApiClient office, LocalDate today) throws Exception {
        assertThat(office.get("/api/register?q=1").json()).hasSize(1);
        assertThat(office.get("/api/register?q=2").json()).isEmpty();
        assertThat(office.get("/api/register?q=ket%20qua%20lanh%20dao").json()).hasSize(1);
        assertThat(office.get("/api/register?from=" + today + "&to=" + today).json())
                .hasSize(1);
        assertThat(office.get("/api/register?from=" + today.plusDays(1)).json()).isEmpty();
        ApiClient.Response backwards = office.get("/api/register?from=" + today + "&to=" + today.minusDays(1));
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(s.as("ubnd").get("/api/register").status()).isEqualTo(403);
        assertThat(s.as("bithu").get("/api/register").json()).hasSize(1);

        ApiClient.Response xlsx = office.get("/api/register.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Số, ký hiệu");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("01-BC/ĐU");
            assertThat(sheet.getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(today);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
        }
    }

    private static String text(byte[] docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }
}
