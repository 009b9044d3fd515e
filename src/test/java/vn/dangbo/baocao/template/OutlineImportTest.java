package vn.dangbo.baocao.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dangbo.baocao.TestCommune;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.Organisation;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.identity.Unit;
import vn.dangbo.baocao.identity.UnitKind;

class OutlineImportTest {

    private static final Organisation ORG = new Organisation(
            1, "x", "ĐẢNG ỦY XÃ X", "ĐẢNG BỘ TỈNH Y", "X", "ĐU", "Đảng ủy xã X", LocalDate.of(2025, 7, 1));
    private static final Actor OFFICE = new Actor(
            1,
            "vanphong",
            "Văn phòng",
            ORG,
            new Unit(1, 1, "vpdu", "Văn phòng Đảng ủy", UnitKind.OFFICE),
            Set.of(Role.OFFICE),
            null);

    private final TemplateCatalog catalog = mock(TemplateCatalog.class);
    private final OutlineImport importer = new OutlineImport(catalog);

    OutlineImportTest() {
        when(catalog.latest(anyLong(), anyString())).thenReturn(Optional.empty());
    }

    @Test
    void seed000TypedOutlineGivesTheSameHeadingsAsTheBundledTemplate() {
        OutlineImport.Imported imported =
                importer.preview(OFFICE, "Dàn ý NQ57 (bản 2).docx", OutlineDocx.seed000(), null);
        ReportTemplate bundled = TemplateParser.parse(TestCommune.bundled("nq57-thang.yml"));
        ReportTemplate template = imported.template();

        assertThat(imported.key()).isEqualTo("dan-y-nq57-ban-2");
        assertThat(imported.title())
                .isEqualTo("Báo cáo tháng - Việc lãnh đạo, chỉ đạo, tổ chức thực hiện Nghị quyết số 57-NQ/TW");
        assertThat(template.subject())
                .containsExactly(
                        "Việc lãnh đạo, chỉ đạo, tổ chức thực hiện Nghị quyết số 57-NQ/TW,",
                        "ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ,",
                        "đổi mới sáng tạo và chuyển đổi số quốc gia",
                        "{period}");
        // A., B., C. with I., II., III- under C, D. with 1.–4. as sections, E., F.: as the office's outline numbers
        // them
        assertThat(headings(template)).isEqualTo(headings(bundled));
        assertThat(headings(template))
                .contains(
                        "B. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", "III- ĐỐI VỚI CHI BỘ TRƯỜNG THCS XUÂN VINH", "3. Nguyên nhân");
        for (String code : List.of("A", "B", "C.I", "C.II", "D.3")) {
            assertThat(itemHeadings(template, code)).as(code).isEqualTo(itemHeadings(bundled, code));
        }
        assertThat(itemHeadings(template, "D.3"))
                .containsExactly("3.1. Nguyên nhân khách quan", "3.2. Nguyên nhân chủ quan");

        // "heading: guidance" on one line, and the bullet lines under a heading, verbatim
        assertThat(template.item("A.1").orElseThrow().guidance()).isEqualTo("Nêu đặc điểm tình hình của Chi bộ.");
        for (String code : List.of("B.1", "B.2")) {
            assertThat(template.item(code).orElseThrow().guidance())
                    .isEqualTo(bundled.item(code).orElseThrow().guidance());
        }
        assertThat(template.item("C.I.1").orElseThrow().guidance())
                .contains("\n+ Tổng số thủ tục hành chính (TTHC); số lượng TTHC trực tuyến toàn trình");
        assertThat(template.section("C.III")
                        .orElseThrow()
                        .items()
                        .get(0)
                        .guidance()
                        .lines())
                .hasSize(9)
                .allMatch(line -> line.startsWith("- "));

        // valid and storable as it is: every part written by the office until the owners are set
        assertThat(template.contentSections()).allMatch(s -> s.owner().kind() == SectionOwner.Kind.OFFICE);
        assertThat(imported.sections()).isEqualTo(13);
        assertThat(imported.items()).isEqualTo(16);
        assertThat(imported.yaml())
                .contains("heading: CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", "owner: office", "numbering: roman_dash")
                .doesNotContain("\\u", "ĐẢNG BỘ XÃ XUÂN HƯNG", "Số      -BC/ĐU", "Xuân Hưng, ngày");
        assertThat(TemplateParser.parse(imported.yaml()).id()).isEqualTo("dan-y-nq57-ban-2");
    }

    @Test
    void anIdTheOrganisationHasIsNumberedSoThatSavingMakesANewTemplate() {
        when(catalog.latest(anyLong(), eq("nq57-thang")))
                .thenReturn(Optional.of(new TemplateCatalog.StoredTemplate(1, "nq57-thang", 1, "x", "x")));
        when(catalog.latest(anyLong(), eq("nq57-thang-2")))
                .thenReturn(Optional.of(new TemplateCatalog.StoredTemplate(2, "nq57-thang-2", 1, "x", "x")));
        assertThat(importer.preview(OFFICE, "nq57-thang.docx", OutlineDocx.seed000(), null)
                        .key())
                .isEqualTo("nq57-thang-3");
        assertThat(importer.preview(OFFICE, "nq57-thang.docx", OutlineDocx.seed000(), "nq57-thang")
                        .key())
                .as("an id given on purpose is kept: storing makes its next version")
                .isEqualTo("nq57-thang");
    }

    @Test
    void wordAutomaticNumberingAndBulletsAreRecognised() {
        byte[] docx = new OutlineDocx.Numbered()
                .text("BÁO CÁO")
                .text("Kết quả thực hiện nhiệm vụ")
                .heading(0, "KHÁI QUÁT CHUNG")
                .heading(2, "Đặc điểm, tình hình: Nêu đặc điểm.")
                .heading(0, "KẾT QUẢ THỰC HIỆN")
                .heading(1, "ĐỐI VỚI CHI BỘ ỦY BAN NHÂN DÂN XÃ")
                .heading(2, "Công tác cải cách thủ tục hành chính")
                .bullet(0, "Kết quả hoạt động của Trung tâm Phục vụ hành chính công")
                .bullet(1, "Tổng số hồ sơ tiếp nhận")
                .heading(2, "Nguyên nhân")
                .heading(3, "Nguyên nhân khách quan")
                .heading(3, "Nguyên nhân chủ quan")
                .heading(1, "ĐỐI VỚI CHI BỘ CÔNG AN XÃ")
                .text("Nêu kết quả của Công an xã.")
                .heading(0, "KIẾN NGHỊ, ĐỀ XUẤT")
                .bytes();
        ReportTemplate template =
                importer.preview(OFFICE, "dan-y.docx", docx, null).template();

        assertThat(template.subject()).containsExactly("Kết quả thực hiện nhiệm vụ", "{period}");
        assertThat(headings(template))
                .containsExactly(
                        "A. KHÁI QUÁT CHUNG",
                        "B. KẾT QUẢ THỰC HIỆN",
                        "I. ĐỐI VỚI CHI BỘ ỦY BAN NHÂN DÂN XÃ",
                        "1. Công tác cải cách thủ tục hành chính",
                        "2. Nguyên nhân",
                        "II. ĐỐI VỚI CHI BỘ CÔNG AN XÃ",
                        "C. KIẾN NGHỊ, ĐỀ XUẤT");
        assertThat(itemHeadings(template, "A")).containsExactly("1. Đặc điểm, tình hình");
        assertThat(template.item("A.1").orElseThrow().guidance()).isEqualTo("Nêu đặc điểm.");
        assertThat(template.section("B.I.1").orElseThrow().items().get(0).guidance())
                .isEqualTo("- Kết quả hoạt động của Trung tâm Phục vụ hành chính công\n+ Tổng số hồ sơ tiếp nhận");
        assertThat(itemHeadings(template, "B.I.2"))
                .containsExactly("2.1. Nguyên nhân khách quan", "2.2. Nguyên nhân chủ quan");
        assertThat(template.section("B.II").orElseThrow().items().get(0).guidance())
                .isEqualTo("Nêu kết quả của Công an xã.");
    }

    @Test
    void aLetterAfterTheLastOneIsALetterAndRomanNumeralsFollowTheirOwnCount() {
        byte[] docx = OutlineDocx.typed(List.of(
                "BÁO CÁO",
                "Tổng kết",
                "I. MỞ ĐẦU",
                "II. KẾT QUẢ",
                "1. Công tác tuyên truyền",
                "2) Công tác kiểm tra",
                "a) Kiểm tra thường xuyên",
                "b) Kiểm tra đột xuất",
                "III. PHƯƠNG HƯỚNG",
                "Nơi nhận:",
                "- Lưu Văn phòng."));
        ReportTemplate template =
                importer.preview(OFFICE, "tong-ket.docx", docx, null).template();
        assertThat(headings(template))
                .containsExactly(
                        "I. MỞ ĐẦU",
                        "II. KẾT QUẢ",
                        "1. Công tác tuyên truyền",
                        "2. Công tác kiểm tra",
                        "III. PHƯƠNG HƯỚNG");
        assertThat(itemHeadings(template, "II.2")).containsExactly("a) Kiểm tra thường xuyên", "b) Kiểm tra đột xuất");
        assertThat(template.section("III").orElseThrow().items().get(0).guidance())
                .as("the recipients end the outline")
                .isEmpty();
    }

    @Test
    void badInputsAreRefusedWithAClearMessage() {
        assertRefused(new byte[0], "Chưa chọn tệp Word để nhập.");
        assertRefused("A. KHÁI QUÁT".getBytes(java.nio.charset.StandardCharsets.UTF_8), "không phải là văn bản Word");
        assertRefused(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}, "định dạng Word cũ (.doc)");
        assertRefused(
                OutlineDocx.typed(List.of("BÁO CÁO", "Về việc thi đua", "Nội dung không có đề mục đánh số.")),
                "Không tìm thấy đề mục đánh số nào");
        byte[] big = new byte[OutlineImport.MAX_BYTES + 1];
        big[0] = 'P';
        big[1] = 'K';
        assertRefused(big, "vượt quá dung lượng cho phép (5 MB)");
        List<String> many = new ArrayList<>(List.of("A. PHẦN"));
        for (int i = 0; i < OutlineParagraphs.MAX_PARAGRAPHS; i++) {
            many.add("- dòng " + Integer.toHexString(i * 7919));
        }
        assertRefused(OutlineDocx.typed(many), "quá nhiều đoạn");

        assertThatThrownBy(() -> importer.preview(OFFICE, "x.docx", OutlineDocx.seed000(), "Mẫu 1"))
                .isInstanceOfSatisfying(
                        AppException.class, e -> assertThat(e.getMessage()).contains("Mã mẫu \"Mẫu 1\" không hợp lệ"));
        Actor unit = new Actor(
                2,
                "ubnd",
                "Chi bộ UBND",
                ORG,
                new Unit(2, 1, "ubnd", "Chi bộ UBND xã", UnitKind.CHI_BO),
                Set.of(Role.UNIT),
                null);
        assertThatThrownBy(() -> importer.preview(unit, "x.docx", OutlineDocx.seed000(), null))
                .isInstanceOfSatisfying(
                        AppException.class, e -> assertThat(e.status().value()).isEqualTo(403));
    }

    private void assertRefused(byte[] docx, String message) {
        assertThatThrownBy(() -> importer.preview(OFFICE, "dan-y.docx", docx, null))
                .isInstanceOfSatisfying(
                        AppException.class, e -> assertThat(e.getMessage()).contains(message));
    }

    private static List<String> headings(ReportTemplate template) {
        return template.allSections().stream()
                .map(TemplateSection::numberedHeading)
                .toList();
    }

    private static List<String> itemHeadings(ReportTemplate template, String section) {
        return template.section(section).orElseThrow().items().stream()
                .map(TemplateItem::numberedHeading)
                .toList();
    }
}
