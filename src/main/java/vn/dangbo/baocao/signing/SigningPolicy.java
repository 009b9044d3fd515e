package vn.dangbo.baocao.signing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.signing.store.PolicyRows;

/**
 * What happens when a document cannot be signed (certificate expired, wrong or missing, timestamp authority
 * down): refuse the approval before any number is taken, or issue unsigned and flag it for signing later. Set per
 * organisation by its administrator; {@code app.signing.sign-later} (APP_SIGNING_SIGN_LATER) is the default of
 * organisations that never chose.
 */
@Service
public class SigningPolicy {

    private final PolicyRows rows;
    private final SigningKeys keys;
    private final boolean installationDefault;

    SigningPolicy(PolicyRows rows, SigningKeys keys, @Value("${app.signing.sign-later:false}") boolean signLater) {
        this.rows = rows;
        this.keys = keys;
        this.installationDefault = signLater;
    }

    @Transactional(readOnly = true)
    public boolean signLater(long organisationId) {
        return rows.signLater(organisationId).orElse(installationDefault);
    }

    @Transactional
    public void set(Actor admin, boolean signLater) {
        keys.requireAdmin(admin);
        rows.save(admin.organisationId(), signLater, admin.username());
    }
}
