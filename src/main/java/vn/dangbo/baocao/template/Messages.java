package vn.dangbo.baocao.template;


/** The Vietnamese messages about indicator values (keys template.value.* of messages.properties). */
final class Messages {

    private Messages() {
    }

    static String notNumber(Indicator i) {
        return get("template.value.notNumber", i.label());
    }

    static String notWhole(Indicator i) {
        return get("template.value.notWhole", i.label());
    }

    static String belowMin(Indicator i) {
        return get("template.value.belowMin", i.label(), VietnameseNumbers.format(i.min()));
    }

    static String aboveMax(Indicator i) {
        return get("template.value.aboveMax", i.label(), VietnameseNumbers.format(i.max()));
    }

    static String notDate(Indicator i) {
        return get("template.value.notDate", i.label());
    }

    private static String get(String key, Object... args) {
        return vn.dangbo.baocao.common.Messages.get(key, args);
    }
}
