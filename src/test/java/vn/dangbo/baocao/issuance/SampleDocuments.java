package vn.dangbo.baocao.issuance;

import java.time.LocalDate;
import java.util.List;
import vn.dangbo.baocao.issuance.DocumentModel.Heading;
import vn.dangbo.baocao.issuance.DocumentModel.Signature;
import vn.dangbo.baocao.issuance.DocumentModel.Table;
import vn.dangbo.baocao.issuance.DocumentModel.Text;

/** A real report (seed 002: Đảng ủy xã Xuân Hưng, Nghị quyết 57-NQ/TW, tháng 3 năm 2026). */
final class SampleDocuments {

    static final LocalDate ISSUED = LocalDate.of(2026, 3, 31);

    private SampleDocuments() {}

    static DocumentModel xuanHung() {
        return xuanHung("01-BC/ĐU", ISSUED);
    }

    static DocumentModel xuanHung(String numberSymbol, LocalDate date) {
        return partyReport(numberSymbol, date, false);
    }

    static DocumentModel xuanHungDraft() {
        return partyReport(null, null, true);
    }

    private static DocumentModel partyReport(String numberSymbol, LocalDate date, boolean draft) {
        return new DocumentModel(
                "Đảng bộ tỉnh Ninh Bình",
                "Đảng ủy xã Xuân Hưng",
                numberSymbol,
                "Xuân Hưng",
                date,
                draft,
                "Báo cáo",
                List.of(
                        "Tình hình, kết quả lãnh đạo, chỉ đạo và tổ chức thực hiện",
                        "Nghị quyết số 57-NQ/TW của Bộ Chính trị",
                        "tháng 3 năm 2026"),
                List.of(
                        new Text("Thực hiện Công văn số 202-CV/UBKTTU, ngày 27/01/2026 của Ủy ban Kiểm tra Tỉnh ủy "
                                + "Ninh Bình về việc báo cáo tình hình thực hiện Nghị quyết 57-NQ/TW ngày 22/12/2024 "
                                + "của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và "
                                + "chuyển đổi số Quốc gia; Ban Thường vụ Đảng ủy xã Xuân Hưng báo cáo tình hình, kết "
                                + "quả lãnh đạo chỉ đạo và tổ chức thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị "
                                + "trong tháng 3 như sau:"),
                        new Heading(0, "I.", "Tình hình, kết quả thực hiện nhiệm vụ trọng tâm"),
                        new Heading(1, "1.", "Kết quả thực hiện các nhiệm vụ đã đề ra năm 2026:"),
                        new Text("- Thực hiện Chương trình số 02-CTr/BCĐ ngày 04/2/2026 của Ban chỉ đạo chuyển đổi "
                                + "số xã Xuân Hưng về Chương trình công tác năm 2026, trong tháng 3 năm 2026, các cơ "
                                + "quan, đơn vị đã tham mưu hoàn thành đạt 8/39 tiêu chí, cụ thể:\n"
                                + "\n"
                                + "+ Phát triển hạ tầng: 2 tiêu chí;\n"
                                + "+ Phát triển nguồn lực và chuyển đổi số: 6 tiêu chí."),
                        criteria(),
                        new Heading(
                                1,
                                "2.",
                                "Thống kê số cuộc họp/Phiên họp của Ban Chỉ đạo với Thường trực "
                                        + "Tổ Giúp việc và các cơ quan liên quan:"),
                        new Text("Trong tháng 3, Ban chỉ đạo đã tổ chức 01 cuộc họp với lãnh đạo các cơ quan, đơn "
                                + "vị để triển khai chương trình hành động của Ban chỉ đạo, giao nhiệm vụ cho các cơ "
                                + "quan đơn vị có phương án phối hợp triển khai hoàn thành các chỉ tiêu đã đặt ra."),
                        new Heading(
                                1,
                                "3.",
                                "Về tiếp nhận xử lý phản ánh, kiến nghị, sáng kiến, giải pháp "
                                        + "(PAKN, SKGP) thông qua Hệ thống pakn.nq57.vn:"),
                        new Text("UBND xã chưa tiếp nhận được phản ánh, kiến nghị nào trong thời hạn báo cáo."),
                        new Heading(2, "a)", "Đặt hàng sản phẩm phục vụ phát triển KHCN, ĐMST, CĐS"),
                        new Text("Đến thời điểm báo cáo, chưa có nội dung báo cáo về tư duy, sáng kiến đột phá "
                                + "và đặt hàng sản phẩm trên Hệ thống pakn.nq57.vn."),
                        new Heading(0, "II.", "Nhận xét, đánh giá chung"),
                        new Text("Đảng ủy xã bám sát tình hình thực tế địa phương, chủ động ban hành các kế hoạch, "
                                + "chương trình công tác; xác định rõ mục tiêu, rõ trách nhiệm của các tập thể và "
                                + "những nhiệm vụ trọng tâm, cốt lõi cần tập trung chỉ đạo, bố trí nguồn lực thực "
                                + "hiện Nghị quyết 57-NQ/TW."),
                        new Heading(0, "III.", "Kiến nghị, đề xuất: Không")),
                "Trên đây là báo cáo tình hình thực hiện Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị "
                        + "về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia "
                        + "(tháng 3), Đảng ủy xã Xuân Hưng trân trọng báo cáo./.",
                List.of("Ủy ban Kiểm tra Tỉnh ủy,", "Ban Thường vụ Đảng ủy,", "Lưu Văn phòng Đảng ủy."),
                new Signature("T/M Ban Thường vụ", "Phó Bí thư", "Bùi Thị Hồng Chiên"));
    }

    static Table criteria() {
        return new Table(
                List.of(
                        "STT",
                        "Tên/Mục tiêu cụ thể",
                        "Đơn vị chủ trì theo dõi, đôn đốc",
                        "Đơn vị chủ trì thực hiện",
                        "Đơn vị phối hợp"),
                List.of(
                        List.of("I", "Phát triển hạ tầng", "", "", ""),
                        List.of(
                                "1",
                                "Tỷ lệ phủ sóng 5G trên dân số ≥ 95%",
                                "Phòng VH-XH",
                                "Các doanh nghiệp Viễn thông",
                                "Phòng VH-XH; Phòng Kinh tế"),
                        List.of(
                                "2",
                                "100% cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số căn bản",
                                "VPĐU, VP HĐND - UBND",
                                "Phòng VH-XH",
                                "Các cơ quan, đơn vị liên quan"),
                        List.of(
                                "3",
                                "100% dịch vụ công trực tuyến toàn trình",
                                "Văn phòng HĐND - UBND",
                                "Văn phòng HĐND - UBND",
                                "Phòng VH-XH")));
    }

    /** The same kind of report issued by the commune People's Committee (state format). */
    static DocumentModel stateReport() {
        return new DocumentModel(
                "UBND tỉnh Ninh Bình",
                "Ủy ban nhân dân xã Xuân Hưng",
                "12/BC-UBND",
                "Xuân Hưng",
                LocalDate.of(2026, 4, 15),
                false,
                "Báo cáo",
                List.of("Kết quả thực hiện chuyển đổi số tháng 4 năm 2026"),
                List.of(new Heading(0, "I.", "Kết quả thực hiện"), new Text("- Hoàn thành 8/39 tiêu chí.")),
                "Trên đây là báo cáo của Ủy ban nhân dân xã Xuân Hưng./.",
                List.of("UBND tỉnh;", "Lưu: VT."),
                new Signature("TM. Ủy ban nhân dân", "Chủ tịch", "Nguyễn Văn An"));
    }
}
