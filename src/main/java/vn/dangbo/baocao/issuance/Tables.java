package vn.dangbo.baocao.issuance;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/** Tables with fixed column widths (twips), either borderless (layout) or ruled (figures). */
final class Tables {

    private Tables() {}

    static XWPFTable create(XWPFDocument doc, int rows, int[] widths, double borderPt) {
        XWPFTable table = doc.createTable(rows, widths.length);
        CTTblPr pr = table.getCTTbl().getTblPr();
        CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(sum(widths)));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        borders(pr, borderPt);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null
                ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                XWPFTableCell cell = row.getCell(c);
                var tcPr = cell.getCTTc().isSetTcPr()
                        ? cell.getCTTc().getTcPr()
                        : cell.getCTTc().addNewTcPr();
                CTTblWidth tcW = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
                tcW.setType(STTblWidth.DXA);
                tcW.setW(BigInteger.valueOf(widths[c]));
            }
        }
        return table;
    }

    /** The cell's first paragraph the first time, a new one after that. */
    static XWPFParagraph nextParagraph(XWPFTableCell cell) {
        XWPFParagraph first = cell.getParagraphs().get(0);
        if (first.getRuns().isEmpty() && !first.getCTP().isSetPPr()) {
            return first;
        }
        return cell.addParagraph();
    }

    private static void borders(CTTblPr pr, double borderPt) {
        CTTblBorders b = pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders();
        boolean none = borderPt <= 0;
        set(b.isSetTop() ? b.getTop() : b.addNewTop(), none, borderPt);
        set(b.isSetBottom() ? b.getBottom() : b.addNewBottom(), none, borderPt);
        set(b.isSetLeft() ? b.getLeft() : b.addNewLeft(), none, borderPt);
        set(b.isSetRight() ? b.getRight() : b.addNewRight(), none, borderPt);
        set(b.isSetInsideH() ? b.getInsideH() : b.addNewInsideH(), none, borderPt);
        set(b.isSetInsideV() ? b.getInsideV() : b.addNewInsideV(), none, borderPt);
    }

    private static void set(CTBorder border, boolean none, double pt) {
        if (none) {
            border.setVal(STBorder.NONE);
            border.setSz(BigInteger.ZERO);
            border.setSpace(BigInteger.ZERO);
            border.setColor("auto");
            return;
        }
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(Math.max(2, Math.round(pt * 8))));
        border.setSpace(BigInteger.ZERO);
        border.setColor("000000");
    }

    private static int sum(int[] widths) {
        int s = 0;
        for (int w : widths) {
            s += w;
        }
        return s;
    }
}
