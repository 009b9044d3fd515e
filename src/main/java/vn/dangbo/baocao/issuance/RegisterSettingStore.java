package vn.dangbo.baocao.issuance;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangbo.baocao.identity.Organisation;

@Repository
class RegisterSettingStore {

    private final JdbcClient jdbc;

    RegisterSettingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The setting of a register, or the organisation's term start and number 1 when none was saved. */
    RegisterSetting find(Organisation organisation, String documentType) {
        return jdbc.sql("""
                select term_start, first_number, updated_by, updated_at from register_setting
                where organisation_id = ? and issuer_code = ? and document_type = ?""")
                .params(organisation.id(), organisation.issuerCode(), documentType)
                .query((rs, n) -> new RegisterSetting(
                        organisation.issuerCode(),
                        documentType,
                        rs.getObject("term_start", LocalDate.class),
                        rs.getInt("first_number"),
                        rs.getString("updated_by"),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional()
                .orElseGet(() -> new RegisterSetting(
                        organisation.issuerCode(), documentType, organisation.termStart(), 1, null, null));
    }

    void save(long organisationId, RegisterSetting setting, String username, Instant at) {
        jdbc.sql("""
                insert into register_setting (organisation_id, issuer_code, document_type, term_start, first_number,
                                              updated_by, updated_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (organisation_id, issuer_code, document_type) do update
                set term_start = excluded.term_start, first_number = excluded.first_number,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .params(
                        organisationId,
                        setting.issuerCode(),
                        setting.documentType(),
                        setting.termStart(),
                        setting.firstNumber(),
                        username,
                        java.sql.Timestamp.from(at))
                .update();
    }

    /** The highest number issued from a register; 0 when it issued none. */
    int lastIssued(long organisationId, String issuerCode, String documentType, LocalDate start) {
        return jdbc.sql("""
                select coalesce(max(d.number), 0) from issued_document d join register r on r.id = d.register_id
                where r.organisation_id = ? and r.issuer_code = ? and r.document_type = ? and r.term_start = ?""")
                .params(organisationId, issuerCode, documentType, start)
                .query(Integer.class)
                .single();
    }

    /** A register created by a failed or empty start keeps no number: it starts again at the new first number. */
    void restartUnused(long organisationId, String issuerCode, String documentType, LocalDate start, int first) {
        jdbc.sql("""
                update register set next_number = ?
                where organisation_id = ? and issuer_code = ? and document_type = ? and term_start = ?""")
                .params(first, organisationId, issuerCode, documentType, start)
                .update();
    }
}
