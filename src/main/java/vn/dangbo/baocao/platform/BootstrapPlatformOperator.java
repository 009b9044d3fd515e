package vn.dangbo.baocao.platform;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.dangbo.baocao.common.Violation;
import vn.dangbo.baocao.organisation.OrganisationAdmin;

/**
 * The first platform operator, from APP_BOOTSTRAP_PLATFORM_USERNAME and APP_BOOTSTRAP_PLATFORM_PASSWORD, created
 * only while no operator exists, so the password can be removed from the environment afterwards. The password
 * must pass the same policy as every other one: there is no known default.
 */
@Component
@Order(6)
class BootstrapPlatformOperator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapPlatformOperator.class);

    private final PlatformOperators operators;
    private final PasswordEncoder passwords;
    private final String username;
    private final String password;

    BootstrapPlatformOperator(
            PlatformOperators operators,
            PasswordEncoder passwords,
            @Value("${app.bootstrap.platform.username:}") String username,
            @Value("${app.bootstrap.platform.password:}") String password) {
        this.operators = operators;
        this.passwords = passwords;
        this.username = username.strip();
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (operators.any()) {
            if (!password.isEmpty()) {
                log.info("A platform operator exists: APP_BOOTSTRAP_PLATFORM_PASSWORD is ignored and can be removed.");
            }
            return;
        }
        if (username.isEmpty() || password.isEmpty()) {
            log.info("No platform operator yet: set APP_BOOTSTRAP_PLATFORM_USERNAME and "
                    + "APP_BOOTSTRAP_PLATFORM_PASSWORD and restart to create one.");
            return;
        }
        List<Violation> problems = OrganisationAdmin.passwordProblems("password", password, username);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "APP_BOOTSTRAP_PLATFORM_PASSWORD: " + problems.get(0).message());
        }
        if (operators.usernameTaken(username)) {
            throw new IllegalStateException(
                    "APP_BOOTSTRAP_PLATFORM_USERNAME '" + username + "' is already an organisation's user.");
        }
        operators.insert(username, passwords.encode(password), "Người vận hành nền tảng");
        log.info(
                "Platform operator '{}' created. Remove APP_BOOTSTRAP_PLATFORM_PASSWORD from the environment.",
                username);
    }
}
