package vn.dangbo.baocao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class AuditExportTest {

    private static final List<AuditRow> ROWS = List.of(
            row(1, "SUBMITTED", "Chấp nhận, nộp đúng hạn"),
            row(2, "RETURNED", "=HYPERLINK(\"http://x\",\"bấm\")"),
            row(3, "RETURNED", "+1 dòng, \"trích\"\nxuống dòng"),
            row(4, "RETURNED", "@SUM(A1)"));

    @Test
    void csvHasBomHeaderAndNeutralisedFormula() {
        byte[] csv = AuditExport.csv(ROWS);
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Số thứ tự,Thời gian,Tên đăng nhập,Người thực hiện");
        assertThat(text)
                .contains(
                        ",Trả lại đơn vị,",
                        "\"'=HYPERLINK(\"\"http://x\"\",\"\"bấm\"\")\"",
                        "\"'+1 dòng, \"\"trích\"\"\nxuống dòng\"",
                        ",'@SUM(A1),");
        assertThat(text).doesNotContain(",=HYPERLINK", ",@SUM");
        assertThat(text).contains("15/04/2026 16:30");
    }

    @Test
    void xlsxOpensWithOneRowPerEntryAndNeutralisedComment() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(AuditExport.xlsx(ROWS)))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(ROWS.size() + 1);
            int detail = Arrays.asList(AuditExport.COLUMNS).indexOf("detail");
            assertThat(sheet.getRow(0).getCell(detail).getStringCellValue()).isEqualTo("Nội dung, ý kiến");
            Row formula = sheet.getRow(2);
            assertThat(formula.getCell(detail).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(formula.getCell(detail).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\",\"bấm\")");
            assertThat(sheet.getRow(4).getCell(detail).getStringCellValue()).isEqualTo("'@SUM(A1)");
            assertThat(sheet.getRow(1).getCell(detail).getStringCellValue()).isEqualTo("Chấp nhận, nộp đúng hạn");
        }
    }

    @Test
    void everyFormulaStartIsNeutralisedAndPlainTextKept() {
        assertThat(SpreadsheetText.neutralise("=1+1")).isEqualTo("'=1+1");
        assertThat(SpreadsheetText.neutralise("-5")).isEqualTo("'-5");
        assertThat(SpreadsheetText.neutralise("+84 912")).isEqualTo("'+84 912");
        assertThat(SpreadsheetText.neutralise("@cmd")).isEqualTo("'@cmd");
        assertThat(SpreadsheetText.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetText.neutralise("\r=1")).isEqualTo("'\r=1");
        assertThat(SpreadsheetText.neutralise("Số 01-BC/ĐU")).isEqualTo("Số 01-BC/ĐU");
        assertThat(SpreadsheetText.neutralise(null)).isEmpty();
    }

    private static AuditRow row(long seq, String action, String detail) {
        return new AuditRow(
                seq,
                Instant.parse("2026-04-15T09:30:00Z"),
                "vanphong",
                "Trần Thị Mai",
                "vpdu",
                "Văn phòng Đảng ủy",
                "10.0.0.1",
                action,
                AuditLog.label(action),
                "unit:congan",
                7L,
                detail,
                null,
                "ab".repeat(32),
                new AuditRow.VersionLink("C.II", "congan", 2));
    }
}
