package vn.dangbo.baocao.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;

/**
 * A list of entries as a spreadsheet: CSV (UTF-8 with a byte order mark, so Excel reads Vietnamese) or
 * XLSX. One header row, one row per entry; every value neutralised against formula injection.
 */
public final class AuditExport {

    static final String[] COLUMNS = {
        "seq",
        "time",
        "actor",
        "actorName",
        "unit",
        "unitName",
        "action",
        "target",
        "detail",
        "version",
        "clientAddress",
        "contentHash",
        "hash"
    };
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private AuditExport() {}

    public static byte[] csv(List<AuditRow> rows) {
        StringBuilder out = new StringBuilder();
        line(out, header());
        for (AuditRow row : rows) {
            line(out, values(row));
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(text, 0, all, BOM.length, text.length);
        return all;
    }

    public static byte[] xlsx(List<AuditRow> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(Messages.get("audit.export.sheet"));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            Row header = sheet.createRow(0);
            String[] titles = header();
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
                header.getCell(i).setCellStyle(headerStyle);
                sheet.setColumnWidth(i, 256 * width(i));
            }
            int n = 1;
            for (AuditRow row : rows) {
                Row r = sheet.createRow(n++);
                String[] values = values(row);
                for (int i = 0; i < values.length; i++) {
                    r.createCell(i).setCellValue(values[i]);
                }
            }
            sheet.createFreezePane(0, 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] header() {
        String[] titles = new String[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            titles[i] = Messages.get("audit.column." + COLUMNS[i]);
        }
        return titles;
    }

    private static String[] values(AuditRow row) {
        String[] raw = {
            Long.toString(row.seq()),
            Formats.dateTime(row.at()),
            row.actor(),
            row.actorName(),
            row.unitCode(),
            row.unitName(),
            row.actionLabel(),
            row.target(),
            row.detail(),
            row.version() == null ? "" : Integer.toString(row.version().version()),
            row.clientAddress(),
            row.contentHash(),
            row.hash()
        };
        String[] safe = new String[raw.length];
        for (int i = 0; i < raw.length; i++) {
            safe[i] = SpreadsheetText.neutralise(raw[i]);
        }
        return safe;
    }

    private static int width(int column) {
        return switch (COLUMNS[column]) {
            case "seq", "version" -> 8;
            case "detail", "target", "actorName", "unitName" -> 36;
            case "contentHash", "hash" -> 66;
            default -> 18;
        };
    }

    private static void line(StringBuilder out, String[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(values[i]));
        }
        out.append("\r\n");
    }

    private static String quote(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
