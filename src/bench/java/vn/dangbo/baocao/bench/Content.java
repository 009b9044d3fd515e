package vn.dangbo.baocao.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.dangbo.baocao.contribution.SectionItem;
import vn.dangbo.baocao.contribution.SectionView;

/** What a chi bộ writes in a seed-000 report: Vietnamese prose and figures that satisfy the template's rules. */
final class Content {

    private static final String[] SITUATION = {
        "Chi bộ có {n} đảng viên, sinh hoạt đều đặn vào ngày mùng 5 hằng tháng; tập thể cấp ủy đoàn kết, thống nhất trong lãnh đạo thực hiện nhiệm vụ chính trị.",
        "Trong {period}, tình hình chính trị, an ninh trật tự trên địa bàn ổn định; đời sống của nhân dân từng bước được cải thiện, hạ tầng viễn thông cơ bản phủ sóng đến các thôn, xóm.",
        "Đa số cán bộ, đảng viên đã được trang bị điện thoại thông minh và cài đặt ứng dụng VNeID, Sổ tay đảng viên điện tử; tỷ lệ đảng viên sử dụng thành thạo các nền tảng số ngày càng tăng.",
        "Một bộ phận đảng viên cao tuổi còn gặp khó khăn khi tiếp cận công nghệ số; kinh phí đầu tư trang thiết bị còn hạn chế, đường truyền tại một số điểm chưa ổn định.",
    };
    private static final String[] LEADERSHIP = {
        "Chi ủy đã xây dựng kế hoạch thực hiện Nghị quyết số 57-NQ/TW, phân công đồng chí Bí thư chi bộ trực tiếp phụ trách, các chi ủy viên theo dõi từng lĩnh vực.",
        "Chi bộ tổ chức quán triệt bằng hình thức hội nghị trực tiếp kết hợp trực tuyến; sau quán triệt, đảng viên viết bài thu hoạch, kết quả đạt yêu cầu trở lên.",
        "Công tác tuyên truyền được thực hiện thường xuyên qua hệ thống loa truyền thanh, nhóm Zalo của chi bộ và trang thông tin điện tử của xã.",
        "Chi ủy thường xuyên kiểm tra, đôn đốc việc thực hiện; định kỳ đánh giá kết quả tại các buổi sinh hoạt chi bộ hằng tháng.",
    };
    private static final String[] RESULTS = {
        "Trung tâm Phục vụ hành chính công xã được bố trí đủ công chức, trang bị máy tính, máy quét và ki-ốt tra cứu; tiếp nhận và trả kết quả đúng quy trình một cửa liên thông.",
        "Đã rà soát, kiến nghị đơn giản hóa một số thủ tục trong lĩnh vực hộ tịch, chứng thực; thời gian giải quyết bình quân giảm từ 3 ngày xuống còn 1,5 ngày làm việc.",
        "Tỷ lệ hồ sơ trực tuyến tiếp tục tăng so với tháng trước; cán bộ hướng dẫn tận tình giúp người dân nộp hồ sơ trên Cổng Dịch vụ công quốc gia.",
        "Việc làm sạch dữ liệu dân cư được thực hiện thường xuyên; dữ liệu được khai thác phục vụ xác thực thông tin, giảm yêu cầu nộp giấy tờ của công dân.",
        "Nhà trường đẩy mạnh sử dụng học liệu số, bài giảng điện tử; giáo viên ứng dụng phần mềm quản lý trường học trong đánh giá học sinh.",
    };
    private static final String[] ASSESSMENT = {
        "Cấp ủy đã chủ động lãnh đạo, chỉ đạo; cán bộ, đảng viên nâng cao nhận thức về vai trò của khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.",
        "Một số nhiệm vụ còn chậm so với kế hoạch; việc khai thác các nền tảng số chưa đồng đều giữa các đảng viên.",
        "Nguyên nhân chủ yếu là nguồn lực còn hạn chế, trình độ công nghệ thông tin của một bộ phận đảng viên chưa đáp ứng yêu cầu.",
        "Bài học rút ra là phải phát huy vai trò nêu gương của người đứng đầu, phân công nhiệm vụ rõ người, rõ việc, rõ thời hạn.",
    };
    private static final String[] PLANS = {
        "Tiếp tục quán triệt, triển khai thực hiện có hiệu quả Nghị quyết số 57-NQ/TW; đẩy mạnh tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến.",
        "Phấn đấu trong {next} nâng tỷ lệ hồ sơ trực tuyến toàn trình, hoàn thành các nhiệm vụ còn tồn đọng đúng thời hạn.",
        "Đề nghị cấp trên quan tâm hỗ trợ kinh phí nâng cấp đường truyền, trang thiết bị và mở lớp bồi dưỡng kỹ năng số cho đảng viên.",
    };

    private Content() {
    }

    static List<SectionItem> items(SectionView section, String unitName, int month, Random random) {
        List<SectionItem> items = new ArrayList<>();
        for (SectionView.ItemView item : section.items()) {
            String[] pool = switch (section.code().charAt(0)) {
                case 'A' -> SITUATION;
                case 'B' -> LEADERSHIP;
                case 'C' -> RESULTS;
                case 'D' -> ASSESSMENT;
                default -> PLANS;
            };
            items.add(new SectionItem(item.code(), text(pool, unitName, month, random), figures(item.code(), random)));
        }
        return items;
    }

    private static String text(String[] pool, String unitName, int month, Random random) {
        StringBuilder text = new StringBuilder(unitName).append(": ");
        int sentences = 2 + random.nextInt(2);
        int start = random.nextInt(pool.length);
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                text.append(i == sentences - 1 ? "\n" : " ");
            }
            text.append(pool[(start + i) % pool.length]);
        }
        return text.toString().replace("{n}", Integer.toString(18 + random.nextInt(40)))
                .replace("{period}", "tháng " + month).replace("{next}", "tháng " + (month % 12 + 1));
    }

    /** Figures for the items that have indicators; every rule of the template holds. */
    static Map<String, String> figures(String itemCode, Random r) {
        Map<String, String> f = new LinkedHashMap<>();
        switch (itemCode) {
            case "B.1" -> {
                int total = 15 + r.nextInt(45);
                put(f, "conferences_held", 1 + r.nextInt(3), "party_members_total", total,
                        "participants", total - r.nextInt(4));
            }
            case "B.2" -> put(f, "documents_issued", 1 + r.nextInt(6));
            case "C.I.1" -> {
                procedures(f, "", r);
                put(f, "business_dvctt_rate", 60 + r.nextInt(40));
            }
            case "C.II.1" -> procedures(f, "ca_", r);
            case "C.I.2" -> {
                int onTime = 5 + r.nextInt(10), late = r.nextInt(3), progress = 2 + r.nextInt(6), overdue = r.nextInt(2);
                int assigned = onTime + late + progress + overdue;
                int central = r.nextInt(assigned / 3 + 1), province = r.nextInt(assigned / 3 + 1);
                put(f, "tasks_assigned", assigned, "tasks_central", central, "tasks_province", province,
                        "tasks_commune", assigned - central - province, "tasks_completed_on_time", onTime,
                        "tasks_completed_late", late, "tasks_in_progress", progress, "tasks_overdue", overdue);
            }
            case "C.II.2" -> {
                int done = 4 + r.nextInt(8), progress = r.nextInt(5), unfinished = r.nextInt(2);
                put(f, "ca_tasks_assigned", done + progress + unfinished, "ca_tasks_completed", done,
                        "ca_tasks_in_progress", progress, "ca_tasks_unfinished", unfinished);
            }
            case "C.III.2" -> {
                int sector = 3 + r.nextInt(6), commune = 1 + r.nextInt(4);
                put(f, "truong_tasks_assigned", sector + commune, "truong_tasks_sector", sector,
                        "truong_tasks_commune", commune, "truong_tasks_completed", sector + commune - r.nextInt(3));
            }
            case "C.III.5" -> {
                int teachers = 25 + r.nextInt(30);
                put(f, "truong_teachers_total", teachers, "truong_teachers_digital", teachers - r.nextInt(6));
            }
            default -> {
            }
        }
        return f;
    }

    private static void procedures(Map<String, String> f, String p, Random r) {
        int full = 40 + r.nextInt(60), partial = 20 + r.nextInt(40), direct = 5 + r.nextInt(20);
        int rf = 80 + r.nextInt(200), rp = 30 + r.nextInt(80), rd = 10 + r.nextInt(60);
        int received = rf + rp + rd;
        int overdue = r.nextInt(3);
        put(f, p + "tthc_total", full + partial + direct, p + "tthc_full_online", full,
                p + "tthc_partial_online", partial, p + "tthc_direct", direct, p + "received", received,
                p + "received_full_online", rf, p + "received_partial_online", rp, p + "received_direct", rd,
                p + "on_time", received - overdue - r.nextInt(3), p + "received_late", r.nextInt(4),
                p + "completed_overdue", r.nextInt(3), p + "overdue_in_progress", overdue,
                p + "overdue_in_progress_total", overdue + r.nextInt(3));
    }

    private static void put(Map<String, String> f, Object... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            f.put((String) pairs[i], String.valueOf(pairs[i + 1]));
        }
    }
}
