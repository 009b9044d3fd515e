package vn.dangbo.baocao.template.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangbo.baocao.template.ReportTemplate;
import vn.dangbo.baocao.template.TemplateParser;

class TemplateOutlineTest {

    private static ReportTemplate load(String name) throws IOException {
        try (InputStream in = TemplateOutlineTest.class.getResourceAsStream("/templates/" + name)) {
            return TemplateParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static List<String> texts(List<TemplateOutline.Line> lines, TemplateOutline.Kind kind) {
        return lines.stream()
                .filter(l -> l.kind() == kind)
                .map(TemplateOutline.Line::text)
                .toList();
    }

    @Test
    void monthlyOutlineNamesWritersInVietnameseAndShowsHeadingsWithLabels() throws IOException {
        List<TemplateOutline.Line> lines = TemplateOutline.of(load("nq57-thang.yml"));
        assertThat(texts(lines, TemplateOutline.Kind.OWNER))
                .contains(
                        "Người viết: Mỗi chi bộ",
                        "Người viết: Chi bộ phụ trách: ubnd",
                        "Người viết: Chi bộ phụ trách: congan");
        assertThat(texts(lines, TemplateOutline.Kind.HEADING)).contains("I. ĐỐI VỚI CHI BỘ ỦY BAN NHÂN DÂN XÃ");
        assertThat(texts(lines, TemplateOutline.Kind.GUIDANCE))
                .anyMatch(g -> g.contains("Trung tâm Phục vụ hành chính công"));
        assertThat(texts(lines, TemplateOutline.Kind.SUBJECT).get(0)).startsWith("Trích yếu: Tình hình, kết quả");
    }

    @Test
    void formulasCumulativesAndRulesAreShownInWordsWithTheirMessages() throws IOException {
        List<TemplateOutline.Line> lines = TemplateOutline.of(load("nq57-thang.yml"));
        assertThat(texts(lines, TemplateOutline.Kind.INDICATOR))
                .contains(
                        "Tỷ lệ hồ sơ tiếp nhận trực tuyến trong kỳ — tỷ lệ phần trăm. Tính tự động: "
                                + "«Số hồ sơ tiếp nhận trực tuyến» / «Tổng số hồ sơ tiếp nhận trong kỳ báo cáo» × 100",
                        "Lũy kế số hồ sơ tiếp nhận từ 01/07/2025 — số nguyên, đơn vị tính: hồ sơ. Lũy kế: cộng "
                                + "«Tổng số hồ sơ tiếp nhận trong kỳ báo cáo» của kỳ này và các báo cáo đã ban hành trước từ ngày 01/07/2025");
        assertThat(texts(lines, TemplateOutline.Kind.RULE))
                .contains(
                        "Quy tắc: «Tổng số hồ sơ xử lý đúng hạn» ≤ «Tổng số hồ sơ tiếp nhận trong kỳ báo cáo». Khi sai: "
                                + "\"Số hồ sơ xử lý đúng hạn không được lớn hơn tổng số hồ sơ tiếp nhận.\"");
    }

    @Test
    void yearlyOutlineHasOfficeSectionsAndItsTable() throws IOException {
        List<TemplateOutline.Line> lines = TemplateOutline.of(load("bao-cao-nam.yml"));
        assertThat(texts(lines, TemplateOutline.Kind.OWNER))
                .contains("Người viết: Văn phòng", "Người viết: Mỗi chi bộ")
                .noneMatch(o -> o.contains("phụ trách"));
        assertThat(texts(lines, TemplateOutline.Kind.TABLE))
                .containsExactly("Bảng \"Kết quả thực hiện nhiệm vụ theo cơ quan\": 4 dòng × 3 cột");
        assertThat(texts(lines, TemplateOutline.Kind.RULE)).anyMatch(r -> r.contains(" và "));
    }
}
