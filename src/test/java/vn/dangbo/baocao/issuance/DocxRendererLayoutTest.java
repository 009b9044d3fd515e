package vn.dangbo.baocao.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangbo.baocao.issuance.Docx.bold;
import static vn.dangbo.baocao.issuance.Docx.italic;
import static vn.dangbo.baocao.issuance.Docx.paragraph;
import static vn.dangbo.baocao.issuance.Docx.size;
import static vn.dangbo.baocao.issuance.Docx.texts;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

class DocxRendererLayoutTest {

    private final DocxRenderer renderer = new DocxRenderer(FormatProfiles.party());
    private final XWPFDocument doc = Docx.open(renderer.render(SampleDocuments.xuanHung()));

    @Test
    void documentStartsWithTheBorderlessHeaderTable() {
        assertThat(doc.getBodyElements().get(0)).isInstanceOf(XWPFTable.class);
        XWPFTable header = doc.getTables().get(0);
        var pr = header.getCTTbl().getTblPr();
        assertThat(pr.getTblLayout().getType()).isEqualTo(STTblLayoutType.FIXED);
        var borders = pr.getTblBorders();
        assertThat(List.of(
                        borders.getTop(),
                        borders.getBottom(),
                        borders.getLeft(),
                        borders.getRight(),
                        borders.getInsideH(),
                        borders.getInsideV()))
                .allSatisfy(b -> assertThat(b.getVal()).isEqualTo(STBorder.NONE));
        var grid = header.getCTTbl().getTblGrid();
        int left = ((BigInteger) grid.getGridColArray(0).getW()).intValue();
        int right = ((BigInteger) grid.getGridColArray(1).getW()).intValue();
        assertThat(left * 100.0 / (left + right)).isBetween(38.0, 46.0);
    }

    @Test
    void headerLeftCellHasBodiesStarAndNumberWithoutColon() {
        XWPFTableCell left = doc.getTables().get(0).getRow(0).getCell(0);
        assertThat(texts(left)).containsExactly("ĐẢNG BỘ TỈNH NINH BÌNH", "ĐẢNG ỦY XÃ XUÂN HƯNG", "*", "Số 01-BC/ĐU");
        assertThat(left.getParagraphs()).allSatisfy(p -> {
            assertThat(Docx.alignment(p)).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(size(p)).isEqualTo(14);
        });
        assertThat(bold(paragraph(left, "ĐẢNG BỘ TỈNH NINH BÌNH"))).isFalse();
        assertThat(bold(paragraph(left, "ĐẢNG ỦY XÃ XUÂN HƯNG"))).isTrue();
        assertThat(bold(paragraph(left, "Số 01-BC/ĐU"))).isFalse();
    }

    @Test
    void headerRightCellHasRuledNationalTitleThenItalicPlaceDate() {
        XWPFTableCell right = doc.getTables().get(0).getRow(0).getCell(1);
        assertThat(texts(right)).containsExactly("ĐẢNG CỘNG SẢN VIỆT NAM", "Xuân Hưng, ngày 31 tháng 3 năm 2026");
        XWPFParagraph title = paragraph(right, "ĐẢNG CỘNG SẢN VIỆT NAM");
        assertThat(size(title)).isEqualTo(15);
        assertThat(bold(title)).isTrue();
        assertThat(Docx.hasBottomRule(title))
                .as("a drawn rule, not underlined text")
                .isTrue();
        assertThat(Docx.underline(Docx.run(title))).isEqualTo(UnderlinePatterns.NONE);
        XWPFParagraph date = paragraph(right, "Xuân Hưng, ngày 31 tháng 3 năm 2026");
        assertThat(italic(date)).isTrue();
        assertThat(size(date)).isEqualTo(14);
        assertThat(Docx.alignment(date)).isEqualTo(ParagraphAlignment.CENTER);
    }

    @Test
    void placeDatePadsFebruaryAndNotApril() {
        XWPFDocument feb = Docx.open(renderer.render(SampleDocuments.xuanHung("05-BC/ĐU", LocalDate.of(2026, 2, 5))));
        XWPFDocument apr = Docx.open(renderer.render(SampleDocuments.xuanHung("09-BC/ĐU", LocalDate.of(2026, 4, 15))));
        assertThat(texts(feb.getTables().get(0).getRow(0).getCell(1))).contains("Xuân Hưng, ngày 05 tháng 02 năm 2026");
        assertThat(texts(apr.getTables().get(0).getRow(0).getCell(1))).contains("Xuân Hưng, ngày 15 tháng 4 năm 2026");
    }

    @Test
    void titleSubjectAndSeparatorAreCentredAndBold() {
        List<String> texts = texts(doc);
        int title = texts.indexOf("BÁO CÁO");
        assertThat(texts.subList(title, title + 5))
                .containsExactly(
                        "BÁO CÁO",
                        "Tình hình, kết quả lãnh đạo, chỉ đạo và tổ chức thực hiện",
                        "Nghị quyết số 57-NQ/TW của Bộ Chính trị",
                        "tháng 3 năm 2026",
                        "-----");
        XWPFParagraph type = paragraph(doc, "BÁO CÁO");
        assertThat(size(type)).isEqualTo(15);
        assertThat(bold(type)).isTrue();
        assertThat(Docx.alignment(type)).isEqualTo(ParagraphAlignment.CENTER);
        XWPFParagraph subject = paragraph(doc, "Nghị quyết số 57-NQ/TW của Bộ Chính trị");
        assertThat(bold(subject)).isTrue();
        assertThat(size(subject)).isEqualTo(14);
        assertThat(Docx.alignment(subject)).isEqualTo(ParagraphAlignment.CENTER);
        assertThat(Docx.alignment(paragraph(doc, "-----"))).isEqualTo(ParagraphAlignment.CENTER);
    }

    @Test
    void headingsKeepTheirOrderAndLevelStyles() {
        List<String> texts = texts(doc);
        List<String> headings = List.of(
                "I. TÌNH HÌNH, KẾT QUẢ THỰC HIỆN NHIỆM VỤ TRỌNG TÂM",
                "1. Kết quả thực hiện các nhiệm vụ đã đề ra năm 2026:",
                "2. Thống kê số cuộc họp/Phiên họp của Ban Chỉ đạo với Thường trực Tổ Giúp việc và các cơ quan liên quan:",
                "3. Về tiếp nhận xử lý phản ánh, kiến nghị, sáng kiến, giải pháp (PAKN, SKGP) thông qua Hệ thống pakn.nq57.vn:",
                "a) Đặt hàng sản phẩm phục vụ phát triển KHCN, ĐMST, CĐS",
                "II. NHẬN XÉT, ĐÁNH GIÁ CHUNG",
                "III. KIẾN NGHỊ, ĐỀ XUẤT: KHÔNG");
        assertThat(headings).allSatisfy(h -> assertThat(texts).contains(h));
        assertThat(headings.stream().map(texts::indexOf).toList()).isSorted();
        assertThat(bold(paragraph(doc, headings.get(0)))).isTrue();
        assertThat(bold(paragraph(doc, headings.get(1)))).isTrue();
        assertThat(bold(paragraph(doc, headings.get(4)))).isFalse();
        assertThat(size(paragraph(doc, headings.get(4)))).isEqualTo(14);
    }

    @Test
    void bodyParagraphsAreJustifiedIndentedAndSpacedExactly() {
        XWPFParagraph p = doc.getParagraphs().stream()
                .filter(x -> x.getText().startsWith("Thực hiện Công văn"))
                .findFirst()
                .orElseThrow();
        assertThat(Docx.alignment(p)).isEqualTo(ParagraphAlignment.BOTH);
        assertThat(size(p)).isEqualTo(14);
        assertThat(bold(p)).isFalse();
        assertThat(Docx.firstLineIndent(p)).isEqualTo(567);
        assertThat(Docx.spaceAfter(p)).isGreaterThanOrEqualTo(120);
        assertThat(Docx.lineSpacing(p)).isEqualTo(360);
        assertThat(Docx.lineRule(p)).isEqualTo(STLineSpacingRule.EXACT);
    }

    @Test
    void listLinesKeepDashAndPlusWithFirstLineIndentAndBlankLinesAreDropped() {
        List<String> texts = texts(doc);
        int dash = indexStartingWith(texts, "- Thực hiện Chương trình số 02-CTr/BCĐ");
        assertThat(texts.subList(dash + 1, dash + 3))
                .containsExactly(
                        "+ Phát triển hạ tầng: 2 tiêu chí;", "+ Phát triển nguồn lực và chuyển đổi số: 6 tiêu chí.");
        XWPFParagraph plus = paragraph(doc, "+ Phát triển hạ tầng: 2 tiêu chí;");
        assertThat(Docx.firstLineIndent(plus)).isEqualTo(567);
        assertThat(Docx.alignment(plus)).isEqualTo(ParagraphAlignment.BOTH);
        assertThat(plus.getNumID()).isNull();
    }

    @Test
    void aggregateTableHasBordersAndBoldHeaderRow() {
        XWPFTable table = doc.getTables().get(1);
        assertThat(table.getNumberOfRows()).isEqualTo(5);
        assertThat(table.getRow(0).getTableCells())
                .extracting(XWPFTableCell::getText)
                .containsExactly(
                        "STT",
                        "Tên/Mục tiêu cụ thể",
                        "Đơn vị chủ trì theo dõi, đôn đốc",
                        "Đơn vị chủ trì thực hiện",
                        "Đơn vị phối hợp");
        assertThat(table.getRow(0).getTableCells()).allSatisfy(c -> {
            assertThat(bold(c.getParagraphs().get(0))).isTrue();
            assertThat(size(c.getParagraphs().get(0))).isEqualTo(13);
        });
        XWPFParagraph value = paragraph(table.getRow(2).getCell(1), "Tỷ lệ phủ sóng 5G trên dân số ≥ 95%");
        assertThat(bold(value)).isFalse();
        assertThat(size(value)).isBetween(12.0, 13.0);
        assertThat(table.getCTTbl().getTblPr().getTblBorders().getInsideH().getVal())
                .isEqualTo(STBorder.SINGLE);
        int table1 = doc.getBodyElements().indexOf(table);
        int heading2 = doc.getBodyElements()
                .indexOf(
                        paragraph(
                                doc,
                                "2. Thống kê số cuộc họp/Phiên họp của Ban Chỉ đạo với Thường trực Tổ Giúp việc và các cơ quan liên quan:"));
        assertThat(table1).isLessThan(heading2);
    }

    @Test
    void closingSentenceComesBeforeTheSignatureTable() {
        XWPFParagraph closing = doc.getParagraphs().stream()
                .filter(p -> p.getText().startsWith("Trên đây là báo cáo"))
                .findFirst()
                .orElseThrow();
        assertThat(Docx.alignment(closing)).isEqualTo(ParagraphAlignment.BOTH);
        assertThat(closing.getText()).endsWith("trân trọng báo cáo./.");
        XWPFTable signature = doc.getTables().get(doc.getTables().size() - 1);
        assertThat(doc.getBodyElements().indexOf(closing))
                .isLessThan(doc.getBodyElements().indexOf(signature));
    }

    @Test
    void recipientsAtLeftWithUnderlinedLabelAndSmallLines() {
        XWPFTable signature = doc.getTables().get(doc.getTables().size() - 1);
        assertThat(signature.getCTTbl().getTblPr().getTblBorders().getTop().getVal())
                .isEqualTo(STBorder.NONE);
        XWPFTableCell left = signature.getRow(0).getCell(0);
        assertThat(texts(left))
                .containsExactly(
                        "Nơi nhận:",
                        "- Ủy ban Kiểm tra Tỉnh ủy,",
                        "- Ban Thường vụ Đảng ủy,",
                        "- Lưu Văn phòng Đảng ủy.");
        XWPFParagraph label = paragraph(left, "Nơi nhận:");
        assertThat(Docx.underline(Docx.run(label))).isEqualTo(UnderlinePatterns.SINGLE);
        assertThat(size(label)).isEqualTo(14);
        assertThat(left.getParagraphs().subList(1, 4))
                .allSatisfy(p -> assertThat(size(p)).isEqualTo(12));
    }

    @Test
    void signatureBlockHasAuthorityTitleRoomToSignAndName() {
        XWPFTableCell right =
                doc.getTables().get(doc.getTables().size() - 1).getRow(0).getCell(1);
        assertThat(texts(right))
                .containsExactly("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "", "", "", "", "Bùi Thị Hồng Chiên");
        assertThat(right.getParagraphs())
                .allSatisfy(p -> assertThat(Docx.alignment(p)).isEqualTo(ParagraphAlignment.CENTER));
        assertThat(bold(paragraph(right, "T/M BAN THƯỜNG VỤ"))).isTrue();
        assertThat(bold(paragraph(right, "PHÓ BÍ THƯ"))).isFalse();
        assertThat(size(paragraph(right, "PHÓ BÍ THƯ"))).isEqualTo(14);
        assertThat(bold(paragraph(right, "Bùi Thị Hồng Chiên"))).isTrue();
        assertThat(size(paragraph(right, "Bùi Thị Hồng Chiên"))).isEqualTo(14);
    }

    private static int indexStartingWith(List<String> texts, String start) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph starting with " + start);
    }
}
