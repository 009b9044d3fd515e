package vn.dangbo.baocao.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.audit.AuditTrail;
import vn.dangbo.baocao.identity.ActorDetails;
import vn.dangbo.baocao.organisation.OrganisationRepository;

/**
 * Logins into the audit trail: failures aggregated, and every successful interactive (form) login. HTTP Basic
 * authenticates each API request anew; those successes are not logins of a person and are not recorded.
 */
@Component
class LoginAudit {

    private final AuditTrail audit;
    private final OrganisationRepository organisations;
    private final LoginThrottle throttle;

    LoginAudit(AuditTrail audit, OrganisationRepository organisations, LoginThrottle throttle) {
        this.audit = audit;
        this.organisations = organisations;
        this.throttle = throttle;
    }

    @EventListener
    @Transactional
    void success(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof ActorDetails details) {
            audit.recordLogin(
                    details.actor().organisationId(),
                    details.actor().username(),
                    details.actor().unit().code(),
                    true);
        }
    }

    /**
     * Wrong passwords, aggregated: the first of a row, then the 4th, 8th, 16th … with the count, so that a
     * guessing client writes a handful of entries, not one per attempt. Attempts refused by the throttle unchecked
     * are not written at all.
     */
    @EventListener
    @Transactional
    void failure(AbstractAuthenticationFailureEvent event) {
        if (!(event.getException() instanceof BadCredentialsException)) {
            return;
        }
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        int count = throttle.failuresInARow(username);
        if (!recorded(count)) {
            return;
        }
        organisations
                .userByUsername(username)
                .ifPresent(user -> audit.recordLoginFailures(user.organisationId(), username, count));
    }

    static boolean recorded(int count) {
        return count <= 1 || (count >= 4 && Integer.bitCount(count) == 1);
    }
}
