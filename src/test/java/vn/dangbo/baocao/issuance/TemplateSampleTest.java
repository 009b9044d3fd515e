package vn.dangbo.baocao.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangbo.baocao.TestCommune;
import vn.dangbo.baocao.identity.Organisation;
import vn.dangbo.baocao.issuance.DocumentModel.Block;
import vn.dangbo.baocao.template.TemplateParser;

class TemplateSampleTest {

    private static final Organisation XUAN_HUNG = new Organisation(
            1,
            "xh",
            "ĐẢNG ỦY XÃ XUÂN HƯNG",
            "ĐẢNG BỘ TỈNH NINH BÌNH",
            "Xuân Hưng",
            "ĐU",
            "Đảng ủy xã Xuân Hưng",
            LocalDate.of(2025, 7, 1));

    @Test
    void theExampleReportHasEveryHeadingItsGuidanceAndExampleFigures() {
        DocumentModel document = TemplateSample.document(
                TemplateParser.parse(TestCommune.bundled("dang-uy-nam.yml")), XUAN_HUNG, "YEAR", 2026, 0);

        String body = text(document.body());
        assertThat(document.draft()).isTrue();
        assertThat(document.subjectLines()).contains("Tổng kết công tác xây dựng Đảng và hệ thống chính trị năm 2026,");
        assertThat(body)
                .contains("PHẦN 1. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2026")
                .contains("I. Công tác chính trị, tư tưởng")
                .contains("1. - Việc học tập, quán triệt nghị quyết, chỉ thị của Đảng trong năm 2026.")
                .contains("kết nạp 00 đảng viên, nâng tổng số lên 0 đảng viên")
                .contains("- Kinh phí thực hiện: 0 đồng.")
                .doesNotContain("Số nhiệm vụ được giao:"); // hidden
        assertThat(document.appendices()).hasSize(1);
        assertThat(text(document.appendices().get(0).body())).contains("Kết nạp mới | 0");
        assertThat(document.signature().authority()).isNotBlank();
    }

    @Test
    void theStateTemplatesSignatureAndPeriodAreFilled() {
        DocumentModel document = TemplateSample.document(
                TemplateParser.parse(TestCommune.bundled("ubnd-quy.yml")), XUAN_HUNG, "QUARTER", 2026, 2);

        assertThat(document.subjectLines())
                .containsExactly("Tình hình kinh tế - xã hội quý II/2026,", "nhiệm vụ trọng tâm quý III năm 2026");
        assertThat(document.signature().authority()).isEqualTo("KT. CHỦ TỊCH");
        assertThat(document.format()).isEqualTo("state-30");
        assertThat(text(document.body())).contains("3.1. Hợp tác quốc tế: (Nội dung đơn vị viết)");
    }

    private static String text(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (Block block : blocks) {
            if (block instanceof DocumentModel.Heading h) {
                out.append(h.label()).append(' ').append(h.text());
            } else if (block instanceof DocumentModel.Text t) {
                out.append(t.text());
            } else if (block instanceof DocumentModel.Lead l) {
                out.append(l.label())
                        .append(' ')
                        .append(l.heading())
                        .append(' ')
                        .append(l.text());
            } else if (block instanceof DocumentModel.Table t) {
                t.rows().forEach(r -> out.append(String.join(" | ", r)).append('\n'));
            }
            out.append('\n');
        }
        return out.toString();
    }
}
