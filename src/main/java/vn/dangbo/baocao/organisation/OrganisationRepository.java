package vn.dangbo.baocao.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangbo.baocao.identity.Organisation;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.identity.Unit;
import vn.dangbo.baocao.identity.UnitKind;

@Repository
public class OrganisationRepository {

    private static final String USER_COLUMNS =
            "id, organisation_id, username, password_hash, full_name, unit_id, roles, position, enabled";

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Organisation> organisation(long id) {
        return jdbc.sql("select * from organisation where id = ?")
                .param(id)
                .query(this::mapOrganisation)
                .optional();
    }

    public Optional<Organisation> organisationByCode(String code) {
        return jdbc.sql("select * from organisation where code = ?")
                .param(code)
                .query(this::mapOrganisation)
                .optional();
    }

    public List<Organisation> organisations() {
        return jdbc.sql("select * from organisation order by id")
                .query(this::mapOrganisation)
                .list();
    }

    public List<Unit> units(long organisationId) {
        return jdbc.sql("select * from unit where organisation_id = ? and active order by id")
                .param(organisationId)
                .query(this::mapUnit)
                .list();
    }

    /** Units including inactive ones, whose users and old reports still refer to them. */
    public List<Unit> allUnits(long organisationId) {
        return jdbc.sql("select * from unit where organisation_id = ? order by id")
                .param(organisationId)
                .query(this::mapUnit)
                .list();
    }

    public Optional<Unit> unit(long id) {
        return jdbc.sql("select * from unit where id = ?")
                .param(id)
                .query(this::mapUnit)
                .optional();
    }

    public Optional<Unit> unitByCode(long organisationId, String code) {
        return jdbc.sql("select * from unit where organisation_id = ? and code = ?")
                .params(organisationId, code)
                .query(this::mapUnit)
                .optional();
    }

    public Optional<AppUser> userByUsername(String username) {
        return jdbc.sql("select " + USER_COLUMNS + " from app_user where username = ?")
                .param(username)
                .query(this::mapUser)
                .optional();
    }

    public Optional<AppUser> user(long id) {
        return jdbc.sql("select " + USER_COLUMNS + " from app_user where id = ?")
                .param(id)
                .query(this::mapUser)
                .optional();
    }

    public List<AppUser> users(long organisationId) {
        return jdbc.sql("select " + USER_COLUMNS + " from app_user where organisation_id = ? order by id")
                .param(organisationId)
                .query(this::mapUser)
                .list();
    }

    public long insertOrganisation(Organisation o) {
        return jdbc.sql("""
                insert into organisation (code, name, superior_name, place_name, issuer_code, short_name, term_start)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        o.code(),
                        o.name(),
                        o.superiorName(),
                        o.placeName(),
                        o.issuerCode(),
                        o.shortName(),
                        o.termStart())
                .query(Long.class)
                .single();
    }

    public long insertUnit(long organisationId, String code, String name, UnitKind kind) {
        return jdbc.sql("insert into unit (organisation_id, code, name, kind) values (?, ?, ?, ?) returning id")
                .params(organisationId, code, name, kind.name())
                .query(Long.class)
                .single();
    }

    public long insertUser(
            long organisationId,
            String username,
            String passwordHash,
            String fullName,
            long unitId,
            Set<Role> roles,
            String position) {
        return jdbc.sql("""
                insert into app_user (organisation_id, username, password_hash, full_name, unit_id, roles, position)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        organisationId,
                        username,
                        passwordHash,
                        fullName,
                        unitId,
                        roles.stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                        position)
                .query(Long.class)
                .single();
    }

    /** Every unit, active or not, with how many enabled users it has (the administration screens). */
    public List<UnitSummary> unitSummaries(long organisationId) {
        return jdbc.sql("""
                select u.code, u.name, u.kind, u.active,
                       (select count(*) from app_user a where a.unit_id = u.id and a.enabled) as users
                from unit u where u.organisation_id = ? order by u.kind, u.code""")
                .param(organisationId)
                .query((rs, n) -> new UnitSummary(
                        rs.getString("code"),
                        rs.getString("name"),
                        UnitKind.valueOf(rs.getString("kind")),
                        rs.getBoolean("active"),
                        rs.getInt("users")))
                .list();
    }

    public boolean unitActive(long unitId) {
        return jdbc.sql("select active from unit where id = ?")
                .param(unitId)
                .query(Boolean.class)
                .single();
    }

    public void updateUnit(long unitId, String name, boolean active) {
        jdbc.sql("update unit set name = ?, active = ? where id = ?")
                .params(name, active, unitId)
                .update();
    }

    /** Reports not yet issued or cancelled that the unit takes part in or runs as the office. */
    public int openReportsOfUnit(long unitId) {
        return jdbc.sql("""
                select count(*) from report r
                where r.status not in ('ISSUED', 'CANCELLED')
                  and (r.office_unit_id = ? or exists (select 1 from report_unit ru
                                                       where ru.report_id = r.id and ru.unit_id = ?))""").params(unitId, unitId).query(Integer.class).single();
    }

    public void updateUser(
            long userId, String fullName, long unitId, Set<Role> roles, String position, boolean enabled) {
        jdbc.sql("update app_user set full_name = ?, unit_id = ?, roles = ?, position = ?, enabled = ? where id = ?")
                .params(
                        fullName,
                        unitId,
                        roles.stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                        position,
                        enabled,
                        userId)
                .update();
    }

    public void updatePassword(long userId, String passwordHash) {
        jdbc.sql("update app_user set password_hash = ? where id = ?")
                .params(passwordHash, userId)
                .update();
    }

    private Organisation mapOrganisation(ResultSet rs, int row) throws SQLException {
        return new Organisation(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("superior_name"),
                rs.getString("place_name"),
                rs.getString("issuer_code"),
                rs.getString("short_name"),
                rs.getObject("term_start", java.time.LocalDate.class));
    }

    private Unit mapUnit(ResultSet rs, int row) throws SQLException {
        return new Unit(
                rs.getLong("id"),
                rs.getLong("organisation_id"),
                rs.getString("code"),
                rs.getString("name"),
                UnitKind.valueOf(rs.getString("kind")));
    }

    private AppUser mapUser(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(rs.getString("roles").split(","))
                .filter(s -> !s.isBlank())
                .map(Role::valueOf)
                .forEach(roles::add);
        return new AppUser(
                rs.getLong("id"),
                rs.getLong("organisation_id"),
                rs.getString("username"),
                rs.getString("password_hash"),
                rs.getString("full_name"),
                rs.getLong("unit_id"),
                roles,
                rs.getString("position"),
                rs.getBoolean("enabled"));
    }
}
