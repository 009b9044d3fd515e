package vn.dangbo.baocao.issuance;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.identity.Organisation;

/**
 * The register (sổ văn bản đi): one counter per issuer, document type and register start (the term, or the
 * year, by the format profile). A number is taken under the counter's row lock inside the issuing transaction,
 * so simultaneous issues get consecutive numbers and an issue that fails gives its number back with the rollback.
 */
@Service
public class RegisterService {

    /** A number taken from a register. */
    public record Taken(long registerId, int number) {}

    private final JdbcClient jdbc;
    private final RegisterSettingStore settings;
    private final OrganisationProfiles profiles;

    RegisterService(JdbcClient jdbc, RegisterSettingStore settings, OrganisationProfiles profiles) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.profiles = profiles;
    }

    /** The next number for a document of the organisation issued on that day, by its register setting. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Taken take(Organisation organisation, String documentType, LocalDate issuedOn) {
        RegisterSetting setting = settings.find(organisation, documentType);
        // the register restarts as the organisation's own profile says (per term, or per year)
        RegisterRule rule = new RegisterRule(profiles.of(organisation.id()).registerRestart());
        return take(
                organisation.id(),
                organisation.issuerCode(),
                documentType,
                rule.start(setting, issuedOn),
                rule.firstNumber(setting, issuedOn));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Taken take(
            long organisationId, String issuerCode, String documentType, LocalDate registerStart, int firstNumber) {
        jdbc.sql("""
                insert into register (organisation_id, issuer_code, document_type, term_start, next_number)
                values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(organisationId, issuerCode, documentType, registerStart, firstNumber)
                .update();
        Taken taken = jdbc.sql("""
                select id, next_number from register
                where organisation_id = ? and issuer_code = ? and document_type = ? and term_start = ? for update""")
                .params(organisationId, issuerCode, documentType, registerStart)
                .query((rs, n) -> new Taken(rs.getLong(1), rs.getInt(2)))
                .single();
        jdbc.sql("update register set next_number = next_number + 1 where id = ?")
                .param(taken.registerId())
                .update();
        return taken;
    }
}
