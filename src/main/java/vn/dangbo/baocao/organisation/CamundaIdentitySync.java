package vn.dangbo.baocao.organisation;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.dangbo.baocao.identity.Organisation;
import vn.dangbo.baocao.identity.Unit;

/**
 * Mirrors our organisations, units and users into Camunda's identity tables: one tenant per organisation,
 * one group per unit (the candidate group of its tasks). Nobody is in Camunda's camunda-admin group: an
 * organisation's administrator administers our data, never the engine (docs/decisions/0007-workflow-only-changes.md);
 * a sync removes memberships left by earlier versions. Our tables stay the source of truth; Camunda passwords are
 * random because Cockpit logs in through Spring Security.
 */
@Component
@Order(10)
public class CamundaIdentitySync implements ApplicationRunner {

    static final String CAMUNDA_ADMIN = "camunda-admin";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final IdentityService identity;
    private final OrganisationRepository organisations;

    CamundaIdentitySync(IdentityService identity, OrganisationRepository organisations) {
        this.identity = identity;
        this.organisations = organisations;
    }

    @Override
    public void run(ApplicationArguments args) {
        syncAll();
    }

    public void syncAll() {
        organisations.organisations().forEach(this::sync);
    }

    public void sync(Organisation organisation) {
        // the bootstrap syncs its organisation before syncAll runs, on a database where the group is not yet made
        ensureGroup(CAMUNDA_ADMIN, "Camunda administrators", "SYSTEM");
        if (identity.createTenantQuery().tenantId(organisation.tenantId()).count() == 0) {
            var tenant = identity.newTenant(organisation.tenantId());
            tenant.setName(organisation.name());
            identity.saveTenant(tenant);
        }
        List<Unit> units = organisations.units(organisation.id());
        for (Unit unit : units) {
            String groupId = unit.groupId(organisation);
            ensureGroup(groupId, unit.name(), unit.kind().name());
            if (identity.createTenantQuery()
                            .tenantId(organisation.tenantId())
                            .groupMember(groupId)
                            .count()
                    == 0) {
                identity.createTenantGroupMembership(organisation.tenantId(), groupId);
            }
        }
        for (AppUser user : organisations.users(organisation.id())) {
            syncUser(organisation, units, user);
        }
    }

    /** A disabled user loses their Camunda user; an enabled one holds exactly the groups of its unit and roles. */
    private void syncUser(Organisation organisation, List<Unit> activeUnits, AppUser user) {
        User existing = identity.createUserQuery().userId(user.username()).singleResult();
        if (!user.enabled()) {
            if (existing != null) {
                identity.deleteUser(user.username());
            }
            return;
        }
        if (existing == null) {
            User camundaUser = identity.newUser(user.username());
            camundaUser.setFirstName(user.fullName());
            camundaUser.setLastName("");
            camundaUser.setPassword(randomPassword());
            identity.saveUser(camundaUser);
        } else if (!user.fullName().equals(existing.getFirstName())) {
            existing.setFirstName(user.fullName());
            identity.saveUser(existing);
        }
        Set<String> groups = new HashSet<>();
        activeUnits.stream()
                .filter(u -> u.id() == user.unitId())
                .findFirst()
                .ifPresent(u -> groups.add(u.groupId(organisation)));
        groups.forEach(group -> ensureMember(user.username(), group));
        for (Group group :
                identity.createGroupQuery().groupMember(user.username()).list()) {
            if (!groups.contains(group.getId())) {
                identity.deleteMembership(user.username(), group.getId());
            }
        }
    }

    private void ensureGroup(String id, String name, String type) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
        }
    }

    private void ensureMember(String userId, String groupId) {
        if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identity.createMembership(userId, groupId);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
