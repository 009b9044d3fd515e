package vn.dangbo.baocao.identity;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Who is acting now, read from the security context of the request (API or UI). A session whose user changed
 * since sign-in does not get here: security.SessionRights ends it first.
 */
@Component
public class CurrentActor {

    private final UserDetailsService details;

    CurrentActor(UserDetailsService details) {
        this.details = details;
    }

    /** The organisation's user acting; a signed-in platform operator is nobody here: 403, not 401. */
    public Actor get() {
        return find().orElseThrow(() -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication != null
                            && authentication.isAuthenticated()
                            && !(authentication instanceof AnonymousAuthenticationToken)
                    ? new AccessDeniedException("not a user of an organisation")
                    : new AuthenticationCredentialsNotFoundException("not signed in");
        });
    }

    public Optional<Actor> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ActorDetails details) {
            return Optional.of(details.actor());
        }
        return Optional.empty();
    }

    /** After the user changed their own password in this session: the session goes on with the new one. */
    public void reload() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ActorDetails held) {
            ActorDetails now = (ActorDetails) details.loadUserByUsername(held.getUsername());
            SecurityContextHolder.getContext()
                    .setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities()));
        }
    }
}
