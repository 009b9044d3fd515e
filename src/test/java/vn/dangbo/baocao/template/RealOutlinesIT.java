package vn.dangbo.baocao.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.TestCommune;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.identity.Organisation;

/**
 * The two outlines of issue 13, carried to ISSUED: a commune Party committee's yearly report and a commune
 * People's Committee's quarterly report in the state format.
 */
@IntegrationTest
class RealOutlinesIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void partyYearlyReportPrintsPartsFiguresInSentencesAndAnAppendixCitingItsNumber() throws Exception {
        TemplateCommune org = TemplateCommune.of(
                TestCommune.in(context)
                        .shape(new Organisation(
                                0,
                                "x",
                                "ĐẢNG ỦY XÃ YÊN MẠC",
                                "ĐẢNG BỘ TỈNH NINH BÌNH",
                                "Yên Mạc",
                                "ĐUYM" + System.nanoTime() % 1000,
                                "Đảng ủy xã Yên Mạc",
                                LocalDate.of(2025, 7, 1)))
                        .templates(TemplateCommune.bundled("dang-uy-nam.yml"))
                        .create(),
                port);
        var opened = org.open("dang-uy-nam", Map.of("kind", "YEAR", "year", 2025, "number", 1), Map.of("ubnd", "ubnd"));
        assertThat(opened.status()).as(opened.detail() + " " + opened.json()).isEqualTo(201);
        long id = opened.json().get("id").asLong();
        org.texts.put("P1.II.1", "Trong năm kết nạp {{admitted}} đảng viên, nâng tổng số lên {{members}} đảng viên.");
        org.texts.put("P1.III.1", "Hoàn thành {{tasks_done}}/{{tasks_total}} nhiệm vụ, đạt {{tasks_rate}}% kế hoạch.");
        org.texts.put("P1.I.2", "Không có.");
        org.collect(
                id,
                TemplateCommune.CHI_BO,
                Map.of(
                        "ubnd",
                        Map.of(
                                "P1.II.1",
                                Map.of("admitted", "1", "members", "40"),
                                "P1.III.1",
                                Map.of("tasks_total", "18", "tasks_done", "17", "budget", "130.000.000")),
                        "congan",
                        Map.of("P1.II.1", Map.of("admitted", "2", "members", "25")),
                        "truong",
                        Map.of("P1.II.1", Map.of("admitted", "0", "members", "12"))));
        org.writeOffice(id, "dang-uy-nam", Map.of("PL.1", Map.of("pl_admitted", "3", "pl_transferred", "1")));
        org.forwardAndApprove(id);

        String number = org.report(id).get("number").asText();
        String text = org.docxText("/api/reports/" + id + "/document");
        assertThat(text)
                .contains(
                        "Tổng kết công tác xây dựng Đảng và hệ thống chính trị năm 2025,",
                        "phương hướng, nhiệm vụ năm 2026",
                        "PHẦN 1. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025",
                        "PHẦN 2. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026",
                        "1. Nội dung vanphong P1.I.1",
                        "2. Công tác dân vận: Không có.",
                        "Trong năm kết nạp 01 đảng viên, nâng tổng số lên 40 đảng viên.",
                        "Trong năm kết nạp 02 đảng viên, nâng tổng số lên 25 đảng viên.",
                        "Trong năm kết nạp 00 đảng viên, nâng tổng số lên 12 đảng viên.",
                        "Hoàn thành 17/18 nhiệm vụ, đạt 94,4% kế hoạch.",
                        "Kinh phí thực hiện: 130.000.000 đồng.",
                        "PHỤ LỤC",
                        "(Kèm theo Báo cáo số " + number + " ngày " + Formats.date(LocalDate.now(Formats.ZONE))
                                + " của ĐẢNG ỦY XÃ YÊN MẠC)");
        // the merged part prints no chi bộ names, inline and hidden figures no list lines
        assertThat(text).doesNotContain("Chi bộ UBND", "Số đảng viên mới kết nạp:", "Số nhiệm vụ được giao:", "đ đồng");
        // the appendix stands after the signature
        assertThat(text.indexOf("Phạm Văn Thắng")).isLessThan(text.indexOf("PHỤ LỤC"));
        assertThat(text).containsSubsequence("Phạm Văn Thắng", "Kết nạp mới", "3", "Chuyển sinh hoạt đến", "1");
        var register = org.office().get("/api/register").json();
        assertThat(register.toString()).contains("Tổng kết công tác xây dựng Đảng và hệ thống chính trị năm 2025");
    }

    @Test
    void peoplesCommitteeQuarterlyReportIsIssuedInTheStateFormat() throws Exception {
        TemplateCommune org = TemplateCommune.of(
                TestCommune.in(context)
                        .shape(new Organisation(
                                0,
                                "x",
                                "ỦY BAN NHÂN DÂN XÃ YÊN MÔ",
                                "",
                                "Yên Mô",
                                "UBND",
                                "Ủy ban nhân dân xã Yên Mô",
                                LocalDate.of(2025, 7, 1)))
                        .templates(TemplateCommune.bundled("ubnd-quy.yml"))
                        .create(),
                port);
        var opened = org.open(
                "ubnd-quy",
                Map.of("kind", "QUARTER", "year", 2025, "number", 4),
                Map.of("ubnd", "ubnd", "congan", "congan"));
        assertThat(opened.status()).as(opened.detail() + " " + opened.json()).isEqualTo(201);
        long id = opened.json().get("id").asLong();
        org.texts.put("I.2.1", "Xảy ra {{cases}} vụ, giảm so với quý III năm 2025.");
        org.texts.put("I.3.1", "Không có.");
        org.collect(
                id,
                List.of("ubnd", "congan"),
                Map.of(
                        "ubnd", Map.of("I.1.1", Map.of("revenue", "2.500.000.000")),
                        "congan", Map.of("I.2.1", Map.of("cases", "3"))));
        org.writeOffice(id, "ubnd-quy", Map.of());
        org.forwardAndApprove(id);

        assertThat(org.report(id).get("number").asText()).isEqualTo("01/BC-UBND");
        String text = org.docxText("/api/reports/" + id + "/document");
        assertThat(text)
                .contains(
                        "ỦY BAN NHÂN DÂN\tXÃ YÊN MÔ",
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc",
                        "Số: 01/BC-UBND",
                        "Tình hình kinh tế - xã hội quý IV/2025,",
                        "nhiệm vụ trọng tâm quý I năm 2026",
                        "I. Kết quả thực hiện quý IV năm 2025",
                        "Thu ngân sách trên địa bàn: 2.500.000.000 đồng.",
                        "Xảy ra 03 vụ, giảm so với quý III năm 2025.",
                        "3.1. Hợp tác quốc tế: Không có.",
                        "1. Nội dung vanphong II.1",
                        "2. Nội dung vanphong II.2",
                        "KT. CHỦ TỊCH",
                        "PHÓ CHỦ TỊCH");
        assertThat(text).doesNotContain("T/M", "BÍ THƯ", "KẾT QUẢ THỰC HIỆN QUÝ");
    }
}
