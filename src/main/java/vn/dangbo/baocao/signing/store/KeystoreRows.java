package vn.dangbo.baocao.signing.store;

import java.security.cert.X509Certificate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The signing_keystore table: one row per organisation (owner null) and per signer. */
@Repository
public class KeystoreRows {

    public record Row(byte[] pkcs12, byte[] passwordEncrypted) {}

    /** What an administrator sees of an installed keystore (never the file or the password). */
    public record Summary(
            String ownerUsername,
            String subject,
            String issuer,
            java.time.Instant notBefore,
            java.time.Instant notAfter,
            String installedBy,
            java.time.Instant installedAt) {}

    public java.util.List<Summary> list(long organisationId) {
        return jdbc.sql("select owner_username, subject, issuer, not_before, not_after, installed_by, installed_at"
                        + " from signing_keystore where organisation_id = ? order by owner_username nulls first")
                .param(organisationId)
                .query((rs, n) -> new Summary(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5).toInstant(),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant()))
                .list();
    }

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
