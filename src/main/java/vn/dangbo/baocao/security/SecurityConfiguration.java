package vn.dangbo.baocao.security;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.web.context.support.WebApplicationContextUtils;
import vn.dangbo.baocao.issuance.VerifyRoute;
import vn.dangbo.baocao.ui.LoginView;

/**
 * Two doors, one set of users: the REST API (HTTP Basic or the UI's session, answers 401/403 as problem
 * details) and the Vaadin UI (form login). Camunda's REST API and webapps are for named operators, read-only. A third,
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

    /** Username and password from our users, behind the login throttle (every form login and HTTP Basic call). */
    @Bean
    AuthenticationProvider passwordAuthentication(
            UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthentication(passwords, throttle);
    }

    /**
     * Actuator's endpoints only where they are served: everything on the management port (its own server, for
     * the operators' network) and, on the main port, the probes /livez and /readyz, which answer a status and
     * nothing else. The main port's /actuator/** never gets here (ActuatorOffMainPort answers 404).
     */
    @Bean
    @Order(0)
    SecurityFilterChain operations(HttpSecurity http) throws Exception {
        http.securityMatcher(new OrRequestMatcher(
                        SecurityConfiguration::onManagementServer,
                        EndpointRequest.toAdditionalPaths(WebServerNamespace.SERVER, HealthEndpoint.class)))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * Camunda's REST API and Cockpit: the named platform operators only, reading only (CamundaSurfaces refuses every other
     * method before this); no organisation role opens them (docs/decisions/0007-workflow-only-changes.md).
     */
    private static AuthorizationManager<RequestAuthorizationContext> operator(CamundaAccess camunda) {
        return (authentication, context) -> {
            Authentication who = authentication.get();
            boolean allowed = who != null
                    && who.isAuthenticated()
                    && camunda.isOperator(who.getName())
                    // only a platform operator: an organisation's administrator never, even if named
                    // (docs/decisions/0014-platform-operator.md)
                    && who.getAuthorities().stream().anyMatch(a -> "ROLE_PLATFORM".equals(a.getAuthority()))
                    && CamundaAccess.reads(context.getRequest().getMethod());
            return new AuthorizationDecision(allowed);
        };
    }

    /** The request came in on the management port: the child context Spring Boot runs Actuator in. */
    private static boolean onManagementServer(HttpServletRequest request) {
        return WebServerApplicationContext.hasServerNamespace(
                WebApplicationContextUtils.getWebApplicationContext(request.getServletContext()),
                WebServerNamespace.MANAGEMENT.getValue());
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            ProblemAuthenticationEntryPoint entryPoint,
            ProblemAccessDeniedHandler deniedHandler,
            CamundaAccess camunda,
            UserDetailsService users,
            ObjectMapper json)
            throws Exception {
        // path matchers on the whole path: Camunda's REST API is a servlet of its own, not Spring MVC
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new OrRequestMatcher(
                        path.matcher("/api/**"), path.matcher("/engine-rest/**"), path.matcher("/v3/api-docs/**")))
                .authorizeHttpRequests(auth -> auth.requestMatchers(path.matcher("/v3/api-docs/**"))
                        .permitAll()
                        // public verification of issued documents (issue 16): GET only, reads nothing private
                        .requestMatchers(
                                path.matcher(org.springframework.http.HttpMethod.GET, "/api/documents/{sha256}/verify"))
                        .permitAll()
                        .requestMatchers(path.matcher("/engine-rest/**"))
                        .access(operator(camunda))
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .addFilterAfter(new SessionRights(users), SecurityContextHolderFilter.class)
                .addFilterBefore(new SameOriginApi(json), BasicAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                // cookie sessions: SameOriginApi instead of tokens, so that scripts with HTTP Basic need none
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(deniedHandler));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(HttpSecurity http, CamundaAccess camunda, UserDetailsService users) throws Exception {
        http.addFilterAfter(new SessionRights(users), SecurityContextHolderFilter.class);
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                        PathPatternRequestMatcher.withDefaults().matcher("/camunda/**"))
                .access(operator(camunda))
                .requestMatchers("/images/**", "/icons/**", "/error")
                .permitAll()
                // the public verification page (the view is @AnonymousAllowed too)
                .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/" + VerifyRoute.PATH))
                .permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }
}
