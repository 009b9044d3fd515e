package vn.dangbo.baocao.template;

/** The Vietnamese messages about indicator values. */
final class Messages {

    private Messages() {
    }

    static String notNumber(Indicator i) {
        return "\"" + i.label() + "\" phải là một số (ví dụ 1.235 hoặc 99,6).";
    }

    static String notWhole(Indicator i) {
        return "\"" + i.label() + "\" phải là số nguyên.";
    }

    static String belowMin(Indicator i) {
        return "\"" + i.label() + "\" không được nhỏ hơn " + VietnameseNumbers.format(i.min()) + ".";
    }

    static String aboveMax(Indicator i) {
        return "\"" + i.label() + "\" không được lớn hơn " + VietnameseNumbers.format(i.max()) + ".";
    }

    static String notDate(Indicator i) {
        return "\"" + i.label() + "\" phải là ngày dạng ngày/tháng/năm (ví dụ 15/04/2026).";
    }
}
