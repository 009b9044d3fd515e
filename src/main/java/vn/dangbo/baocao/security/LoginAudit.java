package vn.dangbo.baocao.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.audit.AuditTrail;
import vn.dangbo.baocao.organisation.ActorDetails;
import vn.dangbo.baocao.organisation.OrganisationRepository;

/**
 * Logins into the audit trail: every failure, and every successful interactive (form) login. HTTP Basic
 * authenticates each API request anew; those successes are not logins of a person and are not recorded.
 */
@Component
class LoginAudit {

    private final AuditTrail audit;
    private final OrganisationRepository organisations;

    LoginAudit(AuditTrail audit, OrganisationRepository organisations) {
        this.audit = audit;
        this.organisations = organisations;
    }

    @EventListener
    @Transactional
    void success(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof ActorDetails details) {
            audit.recordLogin(details.actor().organisationId(), details.actor().username(),
                    details.actor().unit().code(), true);
        }
    }

    @EventListener
    @Transactional
    void failure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        organisations.userByUsername(username).ifPresent(user ->
                audit.recordLogin(user.organisationId(), username, null, false));
    }
}
