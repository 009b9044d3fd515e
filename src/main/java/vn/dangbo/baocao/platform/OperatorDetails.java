package vn.dangbo.baocao.platform;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a platform operator. It is not an organisation's ActorDetails, so CurrentActor finds nobody
 * and every organisation's service refuses the operator: their data is not the operator's to read.
 */
record OperatorDetails(PlatformOperator operator) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(PlatformOperator.AUTHORITY));
    }

    @Override
    public String getPassword() {
        return operator.passwordHash();
    }

    @Override
    public String getUsername() {
        return operator.username();
    }

    @Override
    public boolean isEnabled() {
        return operator.enabled();
    }
}
