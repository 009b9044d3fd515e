package vn.dangbo.baocao.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.annotation.Value;
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
import vn.dangbo.baocao.ui.LoginView;

/**
 * Two doors, one set of users: the REST API (HTTP Basic or the UI's session, answers 401/403 as problem
 * details) and the Vaadin UI (form login). Camunda's REST API and webapps are for the admin only.
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
                .requestMatchers("/images/**", "/icons/**", "/livez", "/readyz", "/error").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}
