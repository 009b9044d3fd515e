package vn.dangbo.baocao.common.ui;

/** Stable element ids for tests and links: "C.I.1" becomes "C-I-1". */
public final class Ids {

    private Ids() {}

    public static String of(String prefix, String code) {
        return prefix + "-" + code.replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
