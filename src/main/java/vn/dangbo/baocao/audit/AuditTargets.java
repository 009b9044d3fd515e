package vn.dangbo.baocao.audit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How targets are written, so that the code recording and the code reading agree. */
public final class AuditTargets {

    private static final Pattern SECTION_VERSION = Pattern.compile("section:([^/]+)/([^@]+)@(\\d+)");

    private AuditTargets() {}

    /** A saved section version: {@code section:C.I/ubnd@3}. */
    /** The report as a whole: "report:42". */
    public static String report(long reportId) {
        return "report:" + reportId;
    }

    /** A unit's part of the report: "unit:cb1". */
    public static String unit(String unitCode) {
        return "unit:" + unitCode;
    }

    public static String sectionVersion(String sectionCode, String unitCode, int version) {
        return "section:" + sectionCode + "/" + unitCode + "@" + version;
    }

    /** A unit's part of a section: {@code section:C.I/ubnd}. */
    public static String section(String sectionCode, String unitCode) {
        return "section:" + sectionCode + "/" + unitCode;
    }

    static AuditRow.VersionLink version(String target) {
        Matcher m = target == null ? null : SECTION_VERSION.matcher(target);
        if (m == null || !m.matches()) {
            return null;
        }
        return new AuditRow.VersionLink(m.group(1), m.group(2), Integer.parseInt(m.group(3)));
    }
}
