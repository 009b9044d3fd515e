package vn.dangbo.baocao.platform;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.transaction.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.TransactionDefinition;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.identity.ActorDetails;

/**
 * A deactivated organisation is read-only, in one place for the API, the screens and anything added later: every
 * writing transaction of our services (a {@code @Transactional} method not marked read-only) that a user of a
 * deactivated organisation starts is refused with a Vietnamese 409 before it touches anything. Reads, the
 * engine's own transactions and work without a signed-in user (timers, issuing) are not concerned.
 */
@Configuration(proxyBeanMethods = false)
class ReadOnlyWhenInactive {

    private static final String OURS = "vn.dangbo.baocao.";
    // the sign-in records itself in the trail whatever the organisation's state
    private static final String LOGIN = "vn.dangbo.baocao.audit.AuditTrail.recordLogin";

    @Bean
    JdbcTransactionManager transactionManager(
            DataSource dataSource, ObjectProvider<TransactionManagerCustomizers> customizers) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        JdbcTransactionManager manager = new JdbcTransactionManager(dataSource) {
            @Override
            protected void doBegin(Object transaction, TransactionDefinition definition) {
                refuseIfInactive(jdbc, definition);
                super.doBegin(transaction, definition);
            }
        };
        customizers.ifAvailable(c -> c.customize(manager));
        return manager;
    }

    static void refuseIfInactive(JdbcClient jdbc, TransactionDefinition definition) {
        String name = definition.getName();
        if (definition.isReadOnly() || name == null || !name.startsWith(OURS) || name.startsWith(LOGIN)) {
            return;
        }
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null || !(who.getPrincipal() instanceof ActorDetails details)) {
            return;
        }
        boolean active = jdbc.sql("select active from organisation where id = ?")
                .param(details.actor().organisationId())
                .query(Boolean.class)
                .optional()
                .orElse(true);
        if (!active) {
            throw AppException.conflict(
                    "error.organisation.inactive",
                    details.actor().organisation().shortName());
        }
    }
}
