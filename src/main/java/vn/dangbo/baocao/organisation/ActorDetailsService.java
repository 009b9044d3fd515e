package vn.dangbo.baocao.organisation;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.ActorDetails;
import vn.dangbo.baocao.identity.Organisation;
import vn.dangbo.baocao.identity.Unit;

@Service
class ActorDetailsService implements UserDetailsService {

    private final OrganisationRepository repository;

    ActorDetailsService(OrganisationRepository repository) {
        this.repository = repository;
    }

    @Override
    public ActorDetails loadUserByUsername(String username) {
        AppUser user = repository.userByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        Organisation organisation =
                repository.organisation(user.organisationId()).orElseThrow();
        Unit unit = repository.unit(user.unitId()).orElseThrow();
        Actor actor = new Actor(
                user.id(), user.username(), user.fullName(), organisation, unit, user.roles(), user.position());
        return new ActorDetails(actor, user.passwordHash(), user.enabled());
    }
}
