package vn.dangbo.baocao.round;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dangbo.baocao.template.VietnameseNumbers;

/** The aggregate as an Excel workbook: a sheet per table, numbers as numbers, the total row bold. */
final class AggregateWorkbook {

    private AggregateWorkbook() {}

    /** A unit table across the children: its lines as shown, numbers back as numbers, the total row bold. */
    private static void rows(Sheet sheet, RoundAggregate.RowsTable table, CellStyle strong, CellStyle number) {
        sheet.createRow(0).createCell(0).setCellValue(table.title());
        Row header = sheet.createRow(1);
        for (int c = 0; c < table.header().size(); c++) {
            header.createCell(c).setCellValue(table.header().get(c));
            header.getCell(c).setCellStyle(strong);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            boolean total = r == table.rows().size() - 1;
            List<String> line = table.rows().get(r);
            Row row = sheet.createRow(r + 2);
            for (int c = 0; c < line.size(); c++) {
                String text = line.get(c);
                if (text == null || text.isBlank()) {
                    continue;
                }
                var cell = row.createCell(c);
                BigDecimal value = table.numeric().get(c) ? VietnameseNumbers.parse(text) : null;
                if (value != null) {
                    cell.setCellValue(value.doubleValue());
                    cell.setCellStyle(number);
                } else {
                    cell.setCellValue(text);
                }
                if (total && value == null) {
                    cell.setCellStyle(strong);
                }
            }
        }
        sheet.setColumnWidth(1, 30 * 256);
    }

    static byte[] write(String rowHeader, RoundAggregate aggregate) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle strong = book.createCellStyle();
            strong.setFont(bold);
            CellStyle number = book.createCellStyle();
            number.setDataFormat(book.createDataFormat().getFormat("#,##0.##"));
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.0"));
            int index = 0;
            for (RoundAggregate.Table table : aggregate.tables()) {
                Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(++index + " " + table.code()));
                sheet.createRow(0).createCell(0).setCellValue(table.title());
                Row header = sheet.createRow(1);
                header.createCell(0).setCellValue(rowHeader);
                for (int c = 0; c < table.columns().size(); c++) {
                    header.createCell(c + 1).setCellValue(table.columns().get(c).label());
                    header.getCell(c + 1).setCellStyle(strong);
                }
                header.getCell(0).setCellStyle(strong);
                int r = 2;
                for (RoundAggregate.Row line : table.rows()) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(line.label());
                    if (line.total()) {
                        row.getCell(0).setCellStyle(strong);
                    }
                    for (int c = 0; c < table.columns().size(); c++) {
                        RoundAggregate.Column column = table.columns().get(c);
                        BigDecimal value = line.values().get(column.name());
                        if (value != null) {
                            var cell = row.createCell(c + 1);
                            cell.setCellValue(value.doubleValue());
                            cell.setCellStyle(column.percent() ? percent : number);
                        }
                    }
                }
                sheet.setColumnWidth(0, 40 * 256);
            }
            for (RoundAggregate.RowsTable table : aggregate.unitTables()) {
                Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(++index + " " + table.code()));
                rows(sheet, table, strong, number);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
