package vn.dangbo.baocao.contribution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one draft row of each unit's part: an upsert per autosave, deleted when a version is saved. */
@Repository
class SectionDrafts {

    private static final TypeReference<List<SectionItem>> ITEMS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    SectionDrafts(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void put(long reportId, String sectionCode, long unitId, int baseVersion, String itemsJson, String by) {
        jdbc.sql("""
                insert into section_draft (report_id, section_code, unit_id, base_version, items, updated_by)
                values (?, ?, ?, ?, cast(? as jsonb), ?)
                on conflict (report_id, section_code, unit_id) do update
                set base_version = excluded.base_version, items = excluded.items, updated_by = excluded.updated_by,
                    updated_at = now()""")
                .params(reportId, sectionCode, unitId, baseVersion, itemsJson, by)
                .update();
    }

    Optional<SectionDraft> find(long reportId, String sectionCode, long unitId) {
        return jdbc.sql("select * from section_draft where report_id = ? and section_code = ? and unit_id = ?")
                .params(reportId, sectionCode, unitId)
                .query(this::draft)
                .optional();
    }

    Map<String, SectionDraft> ofUnit(long reportId, long unitId) {
        Map<String, SectionDraft> out = new HashMap<>();
        jdbc.sql("select * from section_draft where report_id = ? and unit_id = ?")
                .params(reportId, unitId)
                .query(this::draft)
                .list()
                .forEach(d -> out.put(d.sectionCode(), d));
        return out;
    }

    void delete(long reportId, String sectionCode, long unitId) {
        jdbc.sql("delete from section_draft where report_id = ? and section_code = ? and unit_id = ?")
                .params(reportId, sectionCode, unitId)
                .update();
    }

    private SectionDraft draft(ResultSet rs, int row) throws SQLException {
        try {
            return new SectionDraft(
                    rs.getLong("report_id"),
                    rs.getString("section_code"),
                    rs.getLong("unit_id"),
                    rs.getInt("base_version"),
                    json.readValue(rs.getString("items"), ITEMS),
                    rs.getString("updated_by"),
                    rs.getTimestamp("updated_at").toInstant());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
