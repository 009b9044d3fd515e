package vn.dangbo.baocao.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.ActorDetails;

/**
 * A signed-in session acts with the rights the user has now, not those of the sign-in: on every request that
 * carries a session, the user is read again, and the session ends (the request goes on unauthenticated: 401 for
 * the API, the sign-in page for the UI) when the user is gone or disabled, or their password, roles, unit, name or
 * position changed. Views keep the actor they were built with, so ending the session is what stops them acting.
 * HTTP Basic authenticates every request anew and is not concerned.
 */
class SessionRights extends OncePerRequestFilter {

    private final UserDetailsService users;

    SessionRights(UserDetailsService users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null
                && authentication != null
                && authentication.getPrincipal() instanceof UserDetails held
                && !current(held)) {
            SecurityContextHolder.clearContext();
            session.invalidate();
        }
        chain.doFilter(request, response);
    }

    private boolean current(UserDetails held) {
        try {
            UserDetails now = users.loadUserByUsername(held.getUsername());
            if (held instanceof ActorDetails before && now instanceof ActorDetails after) {
                return same(before, after);
            }
            // a platform operator: the same kind of principal, enabled, with the same password
            return held.getClass() == now.getClass()
                    && now.isEnabled()
                    && Objects.equals(held.getPassword(), now.getPassword());
        } catch (UsernameNotFoundException gone) {
            return false;
        }
    }

    static boolean same(ActorDetails held, ActorDetails now) {
        Actor before = held.actor();
        Actor after = now.actor();
        return now.isEnabled()
                && Objects.equals(held.getPassword(), now.getPassword())
                && before.userId() == after.userId()
                && before.organisationId() == after.organisationId()
                && before.unit().id() == after.unit().id()
                && before.roles().equals(after.roles())
                && Objects.equals(before.fullName(), after.fullName())
                && Objects.equals(before.position(), after.position());
    }
}
