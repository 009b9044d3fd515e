package vn.dangbo.baocao.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisations of the installation with their hierarchy, profile and state (the operator's view). */
@Repository
class OrganisationDirectory {

    private static final String SELECT = """
            select o.id, o.code, o.name, o.superior_name, o.place_name, o.short_name, o.issuer_code, o.term_start,
                   o.format_profile, p.code as parent_code, o.active
            from organisation o left join organisation p on p.id = o.parent_id""";

    record Row(long id, OrganisationEntry entry) {}

    private final JdbcClient jdbc;

    OrganisationDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<OrganisationEntry> all() {
        return jdbc
                .sql(SELECT + " order by coalesce(p.code, o.code), o.parent_id nulls first, o.code")
                .query(this::map)
                .list()
                .stream()
                .map(Row::entry)
                .toList();
    }

    Optional<Row> byCode(String code) {
        return jdbc.sql(SELECT + " where o.code = ?")
                .param(code)
                .query(this::map)
                .optional();
    }

    /** The chain of superiors above the organisation, nearest first (bounded: the schema forbids only self-loops). */
    List<Long> ancestors(long id) {
        return jdbc.sql("""
                with recursive up(id, depth) as (
                    select parent_id, 1 from organisation where id = ? and parent_id is not null
                    union all
                    select o.parent_id, up.depth + 1 from organisation o join up on o.id = up.id
                    where o.parent_id is not null and up.depth < 64)
                select id from up order by depth""").param(id).query(Long.class).list();
    }

    void update(long id, OrganisationEntry e, Long parentId) {
        jdbc.sql("""
                update organisation set name = ?, superior_name = ?, place_name = ?, short_name = ?, issuer_code = ?,
                       term_start = ?, format_profile = ?, parent_id = ?
                where id = ?""")
                .params(
                        e.name(),
                        e.superior(),
                        e.place(),
                        e.shortName(),
                        e.issuerCode(),
                        e.termStart(),
                        e.formatProfile(),
                        parentId,
                        id)
                .update();
    }

    void setActive(long id, boolean active) {
        jdbc.sql("update organisation set active = ? where id = ?")
                .params(active, id)
                .update();
    }

    void renameUser(String username, String fullName) {
        jdbc.sql("update app_user set full_name = ? where username = ?")
                .params(fullName, username)
                .update();
    }

    private Row map(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getLong("id"),
                new OrganisationEntry(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("superior_name"),
                        rs.getString("place_name"),
                        rs.getString("short_name"),
                        rs.getString("issuer_code"),
                        rs.getObject("term_start", java.time.LocalDate.class),
                        rs.getString("format_profile"),
                        rs.getString("parent_code"),
                        rs.getBoolean("active")));
    }
}
