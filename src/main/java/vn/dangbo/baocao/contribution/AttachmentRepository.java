package vn.dangbo.baocao.contribution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Attachments; a removed one is only marked, never deleted. */
@Repository
public class AttachmentRepository {

    private static final String COLUMNS = "id, report_id, section_code, unit_id, file_name, content_type, size, "
            + "sha256, uploaded_by, uploaded_at";

    private final JdbcClient jdbc;

    AttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            long reportId,
            String sectionCode,
            long unitId,
            String fileName,
            String contentType,
            byte[] content,
            String sha256,
            String uploadedBy) {
        return jdbc.sql("""
                insert into attachment (report_id, section_code, unit_id, file_name, content_type, size, sha256,
                                        content, uploaded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        reportId,
                        sectionCode,
                        unitId,
                        fileName,
                        contentType,
                        content.length,
                        sha256,
                        content,
                        uploadedBy)
                .query(Long.class)
                .single();
    }

    List<Attachment> active(long reportId, String sectionCode, long unitId) {
        return jdbc.sql("select " + COLUMNS + " from attachment where report_id = ? and section_code = ? "
                        + "and unit_id = ? and not deleted order by id")
                .params(reportId, sectionCode, unitId)
                .query(AttachmentRepository::row)
                .list();
    }

    Optional<Attachment> find(long reportId, long id) {
        return jdbc.sql("select " + COLUMNS + " from attachment where report_id = ? and id = ? and not deleted")
                .params(reportId, id)
                .query(AttachmentRepository::row)
                .optional();
    }

    byte[] content(long id) {
        return jdbc.sql("select content from attachment where id = ?")
                .param(id)
                .query(byte[].class)
                .single();
    }

    void markDeleted(long id, String by) {
        jdbc.sql("update attachment set deleted = true, deleted_by = ?, deleted_at = now() where id = ?")
                .params(by, id)
                .update();
    }

    /** The file names of a report's attachments by part ("<section>#<unitId>"), in one query. */
    public Map<String, List<String>> namesByPart(long reportId) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        jdbc.sql("select section_code, unit_id, file_name from attachment where report_id = ? and not deleted "
                        + "order by id")
                .param(reportId)
                .query(rs -> {
                    names.computeIfAbsent(rs.getString(1) + "#" + rs.getLong(2), k -> new ArrayList<>())
                            .add(rs.getString(3));
                });
        return names;
    }

    private static Attachment row(ResultSet rs, int n) throws SQLException {
        return new Attachment(
                rs.getLong("id"),
                rs.getLong("report_id"),
                rs.getString("section_code"),
                rs.getLong("unit_id"),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getLong("size"),
                rs.getString("sha256"),
                rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant());
    }
}
