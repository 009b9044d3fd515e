package vn.dangbo.baocao.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.web.context.support.WebApplicationContextUtils;
import vn.dangbo.baocao.ui.LoginView;

/**
 * Two doors, one set of users: the REST API (HTTP Basic or the UI's session, answers 401/403 as problem
 * details) and the Vaadin UI (form login). Camunda's REST API and webapps are for the admin only. A third,
 * for machines: Actuator on the management port and the two probes on the main port, without login
 * (docs/decisions/0005-operators-endpoints.md).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    /** bcrypt; the tests lower the cost (app.security.bcrypt-strength) since every API call authenticates. */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${app.security.bcrypt-strength:10}") int strength) {
        return new BCryptPasswordEncoder(strength);
    }

    /**
     * Actuator's endpoints only where they are served: everything on the management port (its own server, for
     * the operators' network) and, on the main port, the probes /livez and /readyz, which answer a status and
     * nothing else. The main port's /actuator/** never gets here (ActuatorOffMainPort answers 404).
     */
    @Bean
    @Order(0)
    SecurityFilterChain operations(HttpSecurity http) throws Exception {
        http.securityMatcher(new OrRequestMatcher(SecurityConfiguration::onManagementServer,
                        EndpointRequest.toAdditionalPaths(WebServerNamespace.SERVER, HealthEndpoint.class)))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** The request came in on the management port: the child context Spring Boot runs Actuator in. */
    private static boolean onManagementServer(HttpServletRequest request) {
        return WebServerApplicationContext.hasServerNamespace(
                WebApplicationContextUtils.getWebApplicationContext(request.getServletContext()),
                WebServerNamespace.MANAGEMENT.getValue());
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint,
                            ProblemAccessDeniedHandler deniedHandler) throws Exception {
        // path matchers on the whole path: Camunda's REST API is a servlet of its own, not Spring MVC
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new OrRequestMatcher(path.matcher("/api/**"), path.matcher("/engine-rest/**"),
                        path.matcher("/v3/api-docs/**")))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path.matcher("/v3/api-docs/**")).permitAll()
                        .requestMatchers(path.matcher("/engine-rest/**")).hasRole("ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(deniedHandler));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**")).hasRole("ADMIN")
                .requestMatchers("/images/**", "/icons/**", "/error").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}
