package vn.dangbo.baocao.signing.store;

import java.security.cert.X509Certificate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The signing_keystore table: one row per organisation (owner null) and per signer. */
@Repository
public class KeystoreRows {

    public record Row(byte[] pkcs12, byte[] passwordEncrypted) {}

    private final JdbcClient jdbc;

    KeystoreRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Row> find(long organisationId, String username) {
        return jdbc.sql("select pkcs12, password_encrypted from signing_keystore"
                        + " where organisation_id = ? and coalesce(owner_username, '') = ?")
                .params(organisationId, username == null ? "" : username)
                .query((rs, n) -> new Row(rs.getBytes(1), rs.getBytes(2)))
                .optional();
    }

    /** Replaces the owner's keystore, if any. */
    public void save(
            long organisationId,
            String username,
            byte[] pkcs12,
            byte[] passwordEncrypted,
            X509Certificate certificate,
            String installedBy) {
        jdbc.sql("delete from signing_keystore where organisation_id = ? and coalesce(owner_username, '') = ?")
                .params(organisationId, username == null ? "" : username)
                .update();
        jdbc.sql("""
                insert into signing_keystore (organisation_id, owner_username, pkcs12, password_encrypted, subject,
                                              issuer, not_before, not_after, installed_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        organisationId,
                        username,
                        pkcs12,
                        passwordEncrypted,
                        certificate.getSubjectX500Principal().getName(),
                        certificate.getIssuerX500Principal().getName(),
                        java.sql.Timestamp.from(certificate.getNotBefore().toInstant()),
                        java.sql.Timestamp.from(certificate.getNotAfter().toInstant()),
                        installedBy)
                .update();
    }
}
