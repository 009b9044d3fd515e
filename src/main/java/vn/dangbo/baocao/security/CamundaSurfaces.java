package vn.dangbo.baocao.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import vn.dangbo.baocao.common.Messages;

/**
 * Camunda's REST API and webapps, before Spring Security: 404 when no operator is named; otherwise only reading
 * methods pass on (to the security chains, which admit only the named operators). Writes answer 405 for everyone.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CamundaAccess.class)
class CamundaSurfaces {

    @Bean
    FilterRegistrationBean<Filter> camundaSurfacesGate(ObjectMapper json, CamundaAccess access) {
        Filter gate = (request, response, chain) -> {
            HttpServletRequest http = (HttpServletRequest) request;
            HttpServletResponse out = (HttpServletResponse) response;
            if (!access.served()) {
                ProblemAuthenticationEntryPoint.write(json, out, HttpStatus.NOT_FOUND, Messages.get("error.notFound"));
            } else if (!CamundaAccess.reads(http.getMethod())) {
                out.setHeader("Allow", "GET, HEAD, OPTIONS");
                ProblemAuthenticationEntryPoint.write(
                        json, out, HttpStatus.METHOD_NOT_ALLOWED, Messages.get("error.engineReadOnly"));
            } else {
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(gate);
        registration.addUrlPatterns("/engine-rest", "/engine-rest/*", "/camunda", "/camunda/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
