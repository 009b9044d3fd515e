package vn.dangbo.baocao.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TemplateSeedTest {

    private final ReportTemplate template = Templates.load("nq57-thang.yml");

    @Test
    void headerFieldsFollowTheIssuedReports() {
        assertThat(template.id()).isEqualTo("nq57-thang");
        assertThat(template.documentType()).isEqualTo("BC");
        assertThat(template.subject())
                .containsExactly(
                        "Tình hình, kết quả lãnh đạo, chỉ đạo và tổ chức thực hiện",
                        "Nghị quyết số 57-NQ/TW của Bộ Chính trị",
                        "{period}");
        assertThat(template.basis())
                .startsWith("Thực hiện Công văn số 202-CV/UBKTTU, ngày 27/01/2026")
                .contains("Ban Thường vụ {organisation} báo cáo")
                .endsWith("trong {period} như sau:");
        assertThat(template.closing()).endsWith("{period}, {organisation} trân trọng báo cáo./.");
        assertThat(template.recipients())
                .containsExactly("Ủy ban Kiểm tra Tỉnh ủy,", "Ban Thường vụ Đảng ủy,", "Lưu Văn phòng Đảng ủy.");
    }

    @Test
    void topLevelSectionsAreLetteredAToF() {
        assertThat(template.sections())
                .extracting(TemplateSection::numberedHeading)
                .containsExactly(
                        "A. KHÁI QUÁT CHUNG VỀ ĐẶC ĐIỂM, TÌNH HÌNH",
                        "B. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO",
                        "C. KẾT QUẢ THỰC HIỆN",
                        "D. ĐÁNH GIÁ CHUNG",
                        "E. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
                        "F. KIẾN NGHỊ, ĐỀ XUẤT");
    }

    @Test
    void partCHasOneSectionPerUnitRoleNumberedAsInTheOutline() {
        TemplateSection c = template.section("C").orElseThrow();
        assertThat(c.holdsContent()).isFalse();
        assertThat(c.children())
                .extracting(TemplateSection::numberedHeading)
                .containsExactly(
                        "I. ĐỐI VỚI CHI BỘ ỦY BAN NHÂN DÂN XÃ",
                        "II. ĐỐI VỚI CHI BỘ CÔNG AN XÃ",
                        "III- ĐỐI VỚI CHI BỘ TRƯỜNG THCS XUÂN VINH");
        assertThat(c.children())
                .extracting(s -> s.owner().toString())
                .containsExactly("role:ubnd", "role:congan", "role:truong");
        assertThat(template.roleKeys()).containsExactly("ubnd", "congan", "truong");
        assertThat(template.hasEachSections()).isTrue();
    }

    @Test
    void communeCommitteeSectionHasTheTwoItemsOfTheOutline() {
        TemplateSection ubnd = template.section("C.I").orElseThrow();
        assertThat(ubnd.items())
                .extracting(TemplateItem::numberedHeading)
                .containsExactly(
                        "1. Công tác cải cách thủ tục hành chính",
                        "2. Việc triển khai thực hiện Nghị quyết số 57-NQ/TW");
        assertThat(template.section("C.II").orElseThrow().items())
                .extracting(TemplateItem::numberedHeading)
                .containsExactly("1. Công tác cải cách thủ tục hành chính", "2. Về thực hiện Nghị quyết số 57-NQ/TW");
    }

    @Test
    void schoolSectionTurnsEachBulletIntoAnItemWithoutHeading() {
        TemplateSection school = template.section("C.III").orElseThrow();
        assertThat(school.label()).isEqualTo("III-");
        assertThat(school.items()).hasSize(9);
        assertThat(school.items())
                .allSatisfy(i -> assertThat(i.numberedHeading()).isEmpty());
        assertThat(school.items().get(4).guidance())
                .isEqualTo(
                        "- Việc ứng dụng công nghệ thông tin trong giảng dạy; "
                                + "tỷ lệ giáo viên sử dụng các nền tảng số, thiết bị công nghệ, học liệu điện tử trong quá trình dạy học.");
        assertThat(school.items().get(5).required()).isFalse();
    }

    @Test
    void guidanceIsTheOutlineVerbatim() {
        TemplateItem b1 = template.item("B.1").orElseThrow();
        assertThat(b1.guidance()).isEqualTo("""
                - Việc tổ chức nghiên cứu, học tập, quán triệt Nghị quyết số 57-NQ/TW
                + Số hội nghị đã quán triệt, tổ chức.
                + Tổng số cán bộ đảng viên đã tham gia? Tỷ lệ?
                + Hình thức học tập, quán triệt: hội nghị, tọa đàm, hội thảo…
                + Đánh giá mức độ tiếp thu, nhận thức sau quá trình học tập, quán triệt.
                - Công tác tuyên truyền thường xuyên nhằm nâng cao nhận thức cho cán bộ, đảng viên.""");
        TemplateItem tthc = template.item("C.I.1").orElseThrow();
        assertThat(tthc.guidance().lines())
                .hasSize(19)
                .contains("+ Tổng số HS giải quyết quá hạn (đã hoàn thành việc xử lý):")
                .last()
                .isEqualTo("- Đánh giá những kết quả đạt được, tồn tại, hạn chế, nguyên nhân và các giải pháp "
                        + "nâng cao chất lượng công tác cải cách thủ tục hành chính trong thời gian tới.");
        assertThat(template.item("C.II.2").orElseThrow().guidance().lines()).hasSize(7);
        assertThat(template.item("A.1").orElseThrow().guidance()).isEqualTo("Nêu đặc điểm tình hình của Chi bộ.");
    }

    @Test
    void generalAssessmentHasItsNumberedPartsAndCauses() {
        TemplateSection d = template.section("D").orElseThrow();
        assertThat(d.owner().kind()).isEqualTo(SectionOwner.Kind.EACH);
        assertThat(d.children())
                .extracting(TemplateSection::numberedHeading)
                .containsExactly("1. Ưu điểm", "2. Hạn chế, tồn tại", "3. Nguyên nhân", "4. Bài học kinh nghiệm");
        assertThat(template.section("D.3").orElseThrow().items())
                .extracting(TemplateItem::numberedHeading)
                .containsExactly("3.1. Nguyên nhân khách quan", "3.2. Nguyên nhân chủ quan");
        assertThat(d.children()).allSatisfy(s -> assertThat(s.owner().kind()).isEqualTo(SectionOwner.Kind.EACH));
    }

    @Test
    void contentSectionsAreOwnedAsTheOutlineAsks() {
        assertThat(template.contentSections())
                .extracting(TemplateSection::code)
                .containsExactly("A", "B", "C.I", "C.II", "C.III", "D.1", "D.2", "D.3", "D.4", "E", "F");
        assertThat(template.contentSections())
                .filteredOn(s -> !s.code().startsWith("C."))
                .allSatisfy(s -> assertThat(s.owner().kind()).isEqualTo(SectionOwner.Kind.EACH));
        assertThat(template.section("E").orElseThrow().items())
                .singleElement()
                .satisfies(i -> assertThat(i.required()).isTrue());
    }

    @Test
    void figuresOfTheOutlineAreIndicators() {
        assertThat(template.item("C.I.1").orElseThrow().indicators())
                .extracting(Indicator::key)
                .contains(
                        "tthc_total",
                        "tthc_full_online",
                        "tthc_partial_online",
                        "tthc_direct",
                        "received",
                        "received_online",
                        "online_rate",
                        "received_cumulative",
                        "received_online_cumulative",
                        "online_rate_cumulative",
                        "on_time",
                        "received_late",
                        "completed_overdue",
                        "overdue_in_progress",
                        "overdue_in_progress_total",
                        "business_dvctt_rate");
        assertThat(template.item("C.I.2").orElseThrow().indicators())
                .extracting(Indicator::key)
                .contains(
                        "tasks_assigned",
                        "tasks_completed_on_time",
                        "tasks_completed_late",
                        "tasks_in_progress",
                        "tasks_overdue",
                        "tasks_completed_rate",
                        "tasks_in_progress_rate",
                        "tasks_overdue_rate");
        assertThat(template.item("B.1").orElseThrow().indicator("participation_rate"))
                .get()
                .satisfies(i -> assertThat(i.computed()).isTrue());
        assertThat(template.indicators())
                .filteredOn(i -> i.key().startsWith("ca_"))
                .hasSize(23);
        Indicator cumulative = template.indicator("received_cumulative").orElseThrow();
        assertThat(cumulative.cumulativeOf()).isEqualTo("received");
        assertThat(cumulative.cumulativeSince()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(template.item("C.I.1").orElseThrow().rules())
                .extracting(IndicatorRule::expression)
                .contains("tthc_full_online + tthc_partial_online + tthc_direct == tthc_total", "on_time <= received");
        assertThat(template.itemOf("ca_received").map(TemplateItem::code)).contains("C.II.1");
    }

    @Test
    void sampleMonthFromTheIssuedReportsChecksClean() {
        TemplateItem tthc = template.item("C.I.1").orElseThrow();
        var raw = new java.util.HashMap<String, String>();
        raw.put("received", "807");
        raw.put("received_full_online", "791");
        raw.put("received_partial_online", "16");
        raw.put("received_direct", "0");
        raw.put("on_time", "780");
        CheckResult result = IndicatorCheck.check(tthc, raw);
        assertThat(result.errors()).isEmpty();
        assertThat(result.broken()).isEmpty();
        assertThat(result.display()).containsEntry("received_online", "807").containsEntry("online_rate", "100%");
    }
}
