package vn.dangbo.baocao.organisation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertyResolver;
import org.springframework.stereotype.Component;
import vn.dangbo.baocao.identity.Organisation;

/**
 * The first start in production: on a database without any organisation, creates the organisation and its
 * first administrator from the environment (app.bootstrap.*). Production seeds nothing else, and nothing at
 * all once an organisation exists, so the password can be removed from the environment afterwards.
 */
@Component
@Order(5)
class BootstrapOrganisation implements ApplicationRunner {

    static final String PREFIX = "app.bootstrap.";
    static final String PASSWORD = PREFIX + "admin-password";
    static final String USERNAME = PREFIX + "admin-username";
    static final List<String> REQUIRED = List.of(
            PASSWORD,
            PREFIX + "organisation.code",
            PREFIX + "organisation.name",
            PREFIX + "organisation.superior",
            PREFIX + "organisation.place",
            PREFIX + "organisation.short-name",
            PREFIX + "organisation.term-start");
    private static final Logger log = LoggerFactory.getLogger(BootstrapOrganisation.class);

    /** What the environment asks for: an organisation to create, or the settings still missing. */
    record Plan(NewOrganisation organisation, List<String> missing) {}

    private final OrganisationRepository organisations;
    private final OrganisationAdmin admin;
    private final Environment environment;

    BootstrapOrganisation(OrganisationRepository organisations, OrganisationAdmin admin, Environment environment) {
        this.organisations = organisations;
        this.admin = admin;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!organisations.organisations().isEmpty()) {
            if (value(environment, PASSWORD) != null) {
                log.info(
                        "An organisation exists: the bootstrap settings are ignored and {} can be removed.",
                        envName(PASSWORD));
            }
            return;
        }
        Plan plan = plan(environment);
        if (!plan.missing().isEmpty()) {
            log.warn(
                    "The database has no organisation yet, so nobody can sign in. To create the organisation and "
                            + "its first administrator, set: {} (optional: {} default admin, {} default ĐU) and restart.",
                    String.join(
                            ", ",
                            plan.missing().stream()
                                    .map(BootstrapOrganisation::envName)
                                    .toList()),
                    envName(USERNAME),
                    envName(PREFIX + "organisation.issuer"));
            return;
        }
        Organisation created = admin.createOrganisation(plan.organisation());
        log.info(
                "Organisation {} ({}) created with administrator '{}'. Remove {} from the environment.",
                created.code(),
                created.name(),
                plan.organisation().adminUsername(),
                envName(PASSWORD));
    }

    static Plan plan(PropertyResolver environment) {
        List<String> missing = new ArrayList<>(
                REQUIRED.stream().filter(p -> value(environment, p) == null).toList());
        if (!missing.isEmpty()) {
            return new Plan(null, missing);
        }
        // the password exactly as given: spaces may be part of it
        String password = environment.getProperty(PASSWORD);
        if (password.length() < AdminRules.MIN_PASSWORD) {
            throw new IllegalStateException(
                    envName(PASSWORD) + " must have at least " + AdminRules.MIN_PASSWORD + " characters.");
        }
        LocalDate termStart;
        String term = value(environment, PREFIX + "organisation.term-start");
        try {
            termStart = LocalDate.parse(term);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(
                    envName(PREFIX + "organisation.term-start") + " must be a date as yyyy-MM-dd, not '" + term + "'.",
                    e);
        }
        String username = value(environment, USERNAME);
        String issuer = value(environment, PREFIX + "organisation.issuer");
        return new Plan(
                new NewOrganisation(
                        value(environment, PREFIX + "organisation.code"),
                        value(environment, PREFIX + "organisation.name"),
                        value(environment, PREFIX + "organisation.superior"),
                        value(environment, PREFIX + "organisation.place"),
                        issuer == null ? "ĐU" : issuer,
                        value(environment, PREFIX + "organisation.short-name"),
                        termStart,
                        username == null ? "admin" : username,
                        password),
                List.of());
    }

    /** Every environment variable the bootstrap reads. */
    static List<String> environmentVariables() {
        List<String> properties = new ArrayList<>(REQUIRED);
        properties.add(USERNAME);
        properties.add(PREFIX + "organisation.issuer");
        return properties.stream().map(BootstrapOrganisation::envName).toList();
    }

    private static String value(PropertyResolver environment, String name) {
        String value = environment.getProperty(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String envName(String property) {
        return property.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }
}
