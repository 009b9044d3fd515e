package vn.dangbo.baocao.audit;

import java.time.LocalDate;

/** What the admin searches the trail for; every field optional, dates inclusive in Asia/Ho_Chi_Minh. */
public record AuditFilter(String user, String unit, String action, LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
