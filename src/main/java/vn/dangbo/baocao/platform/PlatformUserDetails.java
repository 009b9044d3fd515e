package vn.dangbo.baocao.platform;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** One sign-in for everyone: an organisation's user first, else a platform operator. */
@Service
@Primary
class PlatformUserDetails implements UserDetailsService {

    private final UserDetailsService organisationUsers;
    private final PlatformOperators operators;

    PlatformUserDetails(
            @Qualifier("actorDetailsService") UserDetailsService organisationUsers, PlatformOperators operators) {
        this.organisationUsers = organisationUsers;
        this.operators = operators;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        try {
            return organisationUsers.loadUserByUsername(username);
        } catch (UsernameNotFoundException notAUser) {
            return operators.byUsername(username).map(OperatorDetails::new).orElseThrow(() -> notAUser);
        }
    }
}
