package vn.dangbo.baocao.contribution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class SectionRepository {

    private static final TypeReference<List<SectionItem>> ITEMS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    SectionRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<SectionContent> current(long reportId, String sectionCode, long unitId) {
        return jdbc.sql("""
                select * from section_version where report_id = ? and section_code = ? and unit_id = ?
                order by version desc limit 1""")
                .params(reportId, sectionCode, unitId)
                .query(this::content)
                .optional();
    }

    /** The current version of each of a unit's sections in a report, in one query. */
    public java.util.Map<String, SectionContent> currentOfUnit(long reportId, long unitId) {
        java.util.Map<String, SectionContent> current = new java.util.HashMap<>();
        jdbc.sql("""
                select distinct on (section_code) * from section_version where report_id = ? and unit_id = ?
                order by section_code, version desc""")
                .params(reportId, unitId)
                .query(this::content)
                .list()
                .forEach(c -> current.put(c.sectionCode(), c));
        return current;
    }

    /** The current version of every part of a report, in one query. */
    public List<SectionContent> currentOfReport(long reportId) {
        return jdbc.sql("""
                select distinct on (section_code, unit_id) * from section_version where report_id = ?
                order by section_code, unit_id, version desc""").param(reportId).query(this::content).list();
    }

    /** The current version of every part of several reports, in one query. */
    public List<SectionContent> currentOfReports(java.util.Collection<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select distinct on (report_id, section_code, unit_id) * from section_version
                where report_id in (:ids) order by report_id, section_code, unit_id, version desc""").param("ids", reportIds).query(this::content).list();
    }

    public List<SectionContent> versions(long reportId, String sectionCode, long unitId) {
        return jdbc.sql("""
                select * from section_version where report_id = ? and section_code = ? and unit_id = ?
                order by version""")
                .params(reportId, sectionCode, unitId)
                .query(this::content)
                .list();
    }

    public void insert(SectionContent c) {
        jdbc.sql("""
                insert into section_version (report_id, section_code, unit_id, version, items, content_hash,
                                             saved_by, saved_by_unit)
                values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)""")
                .params(
                        c.reportId(),
                        c.sectionCode(),
                        c.unitId(),
                        c.version(),
                        toJson(c.items()),
                        c.contentHash(),
                        c.savedBy(),
                        c.savedByUnit())
                .update();
    }

    public String toJson(List<SectionItem> items) {
        try {
            return json.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private SectionContent content(ResultSet rs, int row) throws SQLException {
        try {
            return new SectionContent(
                    rs.getLong("report_id"),
                    rs.getString("section_code"),
                    rs.getLong("unit_id"),
                    rs.getInt("version"),
                    json.readValue(rs.getString("items"), ITEMS),
                    rs.getString("content_hash"),
                    rs.getString("saved_by"),
                    rs.getString("saved_by_unit"),
                    rs.getTimestamp("saved_at").toInstant());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
