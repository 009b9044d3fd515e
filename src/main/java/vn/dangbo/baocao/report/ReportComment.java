package vn.dangbo.baocao.report;

import java.time.Instant;

/** A comment of a return, signed with its author's full name (the username when the user is gone). */
public record ReportComment(String author, String body, Instant at, String authorName) {

    public String signature() {
        return authorName == null || authorName.isBlank() ? author : authorName;
    }
}
