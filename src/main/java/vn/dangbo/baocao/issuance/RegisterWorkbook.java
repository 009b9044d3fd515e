package vn.dangbo.baocao.issuance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dangbo.baocao.common.Messages;

/** The register as an .xlsx sheet: number, symbol, date (a real date cell, dd/mm/yyyy), title, SHA-256. */
final class RegisterWorkbook {

    private static final List<String> HEADERS = List.of("number", "symbol", "date", "title", "sha256");
    private static final int[] WIDTHS = {8, 18, 14, 80, 68};

    private RegisterWorkbook() {}

    static byte[] write(List<IssuedDocument> documents) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(Messages.get("register.sheet"));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));

            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                head.createCell(i).setCellValue(Messages.get("register.column." + HEADERS.get(i)));
                head.getCell(i).setCellStyle(header);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            int r = 1;
            for (IssuedDocument d : documents) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(d.number());
                row.createCell(1).setCellValue(d.symbol());
                row.createCell(2).setCellValue(d.issuedOn());
                row.getCell(2).setCellStyle(date);
                row.createCell(3).setCellValue(d.title());
                row.createCell(4).setCellValue(d.sha256());
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
