package vn.dangbo.baocao.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dangbo.baocao.issuance.DocumentModel;
import vn.dangbo.baocao.issuance.DocumentModel.Block;
import vn.dangbo.baocao.issuance.DocumentModel.Heading;
import vn.dangbo.baocao.issuance.DocumentModel.Table;
import vn.dangbo.baocao.issuance.DocumentModel.Text;
import vn.dangbo.baocao.issuance.DocxRenderer;
import vn.dangbo.baocao.issuance.FormatProfiles;

/**
 * Step (d) of the benchmark alone, without a database: the .docx of a full report of the benchmark's size (ten
 * chi bộ, about 500 paragraphs and 50,000 characters, two aggregate tables) rendered warm, against POI writing
 * the same text unstyled, in a few seconds instead of a whole benchmark run; for profiling the renderer. How to
 * run it: docs/benchmark.md, "The .docx alone".
 */
public final class DocxSpeed {

    private static final String[] PROSE = {
        "Chi ủy đã xây dựng kế hoạch thực hiện Nghị quyết số 57-NQ/TW, phân công đồng chí Bí thư chi bộ trực tiếp "
                + "phụ trách, các chi ủy viên theo dõi từng lĩnh vực.",
        "Trung tâm Phục vụ hành chính công xã được bố trí đủ công chức, trang bị máy tính, máy quét và ki-ốt tra "
                + "cứu; tiếp nhận và trả kết quả đúng quy trình một cửa liên thông.",
        "Một bộ phận đảng viên cao tuổi còn gặp khó khăn khi tiếp cận công nghệ số; kinh phí đầu tư trang thiết bị "
                + "còn hạn chế, đường truyền tại một số điểm chưa ổn định.",
        "Bài học rút ra là phải phát huy vai trò nêu gương của người đứng đầu, phân công nhiệm vụ rõ người, rõ "
                + "việc, rõ thời hạn.",
    };
    private static final String[] SECTIONS = {
        "KHÁI QUÁT CHUNG VỀ ĐẶC ĐIỂM, TÌNH HÌNH",
        "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO",
        "KẾT QUẢ THỰC HIỆN",
        "ĐÁNH GIÁ CHUNG",
        "PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI"
    };

    private DocxSpeed() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        DocumentModel model = fullReport();
        DocxRenderer renderer = new DocxRenderer(FormatProfiles.party());
        byte[] rendered = renderer.render(model);
        List<String> paragraphs = Baselines.paragraphs(rendered);
        for (int r = 0; r < Math.max(20, rounds); r++) {
            renderer.render(model);
            Baselines.plainDocx(paragraphs);
        }
        Stats render = new Stats("docx.render");
        Stats plain = new Stats("poi.plain");
        for (int r = 0; r < rounds; r++) {
            render.time(() -> renderer.render(model));
            plain.time(() -> Baselines.plainDocx(paragraphs));
        }
        System.out.printf(
                "paragraphs %d, characters %d, bytes %d%n",
                paragraphs.size(), paragraphs.stream().mapToInt(String::length).sum(), rendered.length);
        System.out.printf(
                "docx.render p50 %.2f ms, poi.plain p50 %.2f ms, ratio %.2f%n",
                render.p50(), plain.p50(), render.p50() / plain.p50());
    }

    /** Five parts, each with every chi bộ's two answers (prose and figures), and two tables of the ten units. */
    static DocumentModel fullReport() {
        List<Block> body = new ArrayList<>();
        body.add(new Text("Thực hiện Công văn số 202-CV/UBKTTU, ngày 27/01/2026 của Ủy ban Kiểm tra Tỉnh ủy Ninh Bình; "
                + "Ban Thường vụ Đảng ủy xã Xuân Hưng báo cáo tháng 3 năm 2026 như sau:"));
        for (int s = 0; s < SECTIONS.length; s++) {
            body.add(new Heading(0, (char) ('A' + s) + ".", SECTIONS[s]));
            for (int unit = 1; unit <= 10; unit++) {
                body.add(new Heading(1, "", "Chi bộ thôn " + unit));
                for (int item = 1; item <= 2; item++) {
                    body.add(new Heading(2, item + ".", "Công tác quán triệt, triển khai lần " + item));
                    body.add(new Text(PROSE[(s + unit) % PROSE.length] + " " + PROSE[(s + unit + item) % PROSE.length]
                            + "\n- Tổng số đảng viên: " + (20 + unit) + " đảng viên."
                            + "\n- Số hồ sơ tiếp nhận: 1.2" + unit + "5 hồ sơ."));
                }
            }
            if (s == 2 || s == 3) {
                body.add(new Text("Kết quả thực hiện nhiệm vụ theo Nghị quyết số 57-NQ/TW:"));
                body.add(unitsTable());
            }
        }
        return new DocumentModel(
                "Đảng bộ tỉnh Ninh Bình",
                "Đảng ủy xã Xuân Hưng",
                "01-BC/ĐU",
                "Xuân Hưng",
                LocalDate.of(2026, 3, 31),
                false,
                "Báo cáo",
                List.of("Tình hình, kết quả thực hiện Nghị quyết số 57-NQ/TW", "tháng 3 năm 2026"),
                body,
                "Trên đây là báo cáo tháng 3 năm 2026, Đảng ủy xã Xuân Hưng trân trọng báo cáo./.",
                List.of("Ủy ban Kiểm tra Tỉnh ủy,", "Lưu Văn phòng Đảng ủy."),
                new DocumentModel.Signature("T/M Ban Thường vụ", "Phó Bí thư", "Bùi Thị Hồng Chiên"));
    }

    private static Table unitsTable() {
        List<List<String>> rows = new ArrayList<>();
        for (int unit = 1; unit <= 10; unit++) {
            rows.add(List.of("Chi bộ thôn " + unit, String.valueOf(10 + unit), String.valueOf(8 + unit), "8" + unit + ",5%"));
        }
        rows.add(List.of("Tổng cộng", "155", "135", "87,1%"));
        return new Table(List.of("Chi bộ", "Số nhiệm vụ được giao", "Số nhiệm vụ đã hoàn thành", "Tỷ lệ hoàn thành"), rows);
    }
}
