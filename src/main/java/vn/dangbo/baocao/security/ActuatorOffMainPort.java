package vn.dangbo.baocao.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import vn.dangbo.baocao.common.Messages;

/**
 * The main port never serves Actuator: /actuator/** answers 404 there, signed in or not, before any login
 * page. Registered in the main context only, so the management port (a context of its own) is untouched;
 * if the management port were ever set equal to the main port, Actuator would be unreachable, not public.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorOffMainPort {

    @Bean
    FilterRegistrationBean<Filter> actuatorNotOnMainPort(ObjectMapper json) {
        Filter notFound = (request, response, chain) -> ProblemAuthenticationEntryPoint.write(
                json, (HttpServletResponse) response, HttpStatus.NOT_FOUND, Messages.get("error.notFound"));
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(notFound);
        registration.addUrlPatterns("/actuator", "/actuator/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
