package vn.dangbo.baocao.signing;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.organisation.OrganisationRepository;
import vn.dangbo.baocao.signing.cms.Certificates;
import vn.dangbo.baocao.signing.keystore.Pkcs12Signer;
import vn.dangbo.baocao.signing.store.KeystoreRows;
import vn.dangbo.baocao.signing.store.PasswordCipher;

/**
 * The organisations' and signers' PKCS#12 keystores: installed by an administrator (checked on the way in),
 * and handed out as the two signers of an issue (checked again at the time of signing).
 */
@Service
public class SigningKeys {

    private final KeystoreRows rows;
    private final OrganisationRepository users;
    private final PasswordCipher cipher;
    private final LongTermValidation longTerm;

    SigningKeys(
            KeystoreRows rows,
            OrganisationRepository users,
            LongTermValidation longTerm,
            @Value("${app.signing.key:}") String key) {
        this.rows = rows;
        this.users = users;
        this.longTerm = longTerm;
        this.cipher = new PasswordCipher(key);
    }

    /** Installs the organisation's keystore ({@code username} null) or a signer's; the password array is wiped. */
    @Transactional
    public void install(Actor admin, String username, byte[] pkcs12, char[] password) {
        try {
            requireAdmin(admin);
            if (username != null
                    && users.userByUsername(username)
                            .filter(u -> u.organisationId() == admin.organisationId())
                            .isEmpty()) {
                throw AppException.notFound("signing.install.unknownUser", username);
            }
            byte[] sealed;
            Pkcs12Signer signer;
            try {
                sealed = cipher.encrypt(password);
                signer = Pkcs12Signer.load(pkcs12, password.clone());
            } catch (SigningException e) {
                throw AppException.invalid("signing.install.rejected", e.reason());
            }
            rows.save(admin.organisationId(), username, pkcs12, sealed, signer.certificate(), admin.username());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The organisation's installed keystores, the organisation's first (administrators only). */
    @Transactional(readOnly = true)
    public List<KeystoreRows.Summary> installedKeystores(Actor admin) {
        requireAdmin(admin);
        return rows.list(admin.organisationId());
    }

    /** Who may hold a personal certificate: the organisation's leadership (the signers). */
    @Transactional(readOnly = true)
    public List<vn.dangbo.baocao.organisation.AppUser> signerCandidates(Actor admin) {
        requireAdmin(admin);
        return users.users(admin.organisationId()).stream()
                .filter(u -> u.enabled() && u.roles().contains(Role.LEADERSHIP))
                .toList();
    }

    public void requireAdmin(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw AppException.forbidden("signing.install.forbidden");
        }
    }

    /**
     * The signer's then the organisation's key, each certificate usable at {@code at}; the signer's must
     * name the signer; neither revoked by the configured CRLs. Throws {@link SigningException} with the
     * Vietnamese reason otherwise, without spoiling the caller's transaction (an organisation that signs later
     * issues unsigned in that same transaction).
     */
    @Transactional(readOnly = true, noRollbackFor = SigningException.class)
    public List<Signer> signers(long organisationId, String username, String fullName, Instant at) {
        Signer person = load(organisationId, username, Messages.get("signing.keystore.missingSigner", fullName));
        Signer organisation = load(organisationId, null, Messages.get("signing.keystore.missingOrganisation"));
        Certificates.checkUsable(person.certificate(), at);
        Certificates.checkUsable(organisation.certificate(), at);
        String holder = Certificates.commonName(person.certificate());
        if (!comparable(holder).equals(comparable(fullName))) {
            throw new SigningException(Messages.get("signing.certificate.notTheSigner", holder, fullName));
        }
        return longTerm.prepare(List.of(person, organisation), at);
    }

    /** Whether the organisation signs its documents: its own keystore is installed. */
    @Transactional(readOnly = true)
    public boolean installed(long organisationId) {
        return rows.find(organisationId, null).isPresent();
    }

    private Signer load(long organisationId, String username, String missing) {
        KeystoreRows.Row row = rows.find(organisationId, username).orElseThrow(() -> new SigningException(missing));
        return Pkcs12Signer.load(row.pkcs12(), cipher.decrypt(row.passwordEncrypted()));
    }

    private static String comparable(String name) {
        return Normalizer.normalize(name.trim().replaceAll("\\s+", " "), Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT);
    }
}
