package vn.dangbo.baocao.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.dangbo.baocao.common.Messages;

/**
 * Cross-site request forgery on the API: a request that would change something and rides on the browser's session
 * cookie (no Authorization header) must come from a page of this very origin, as its Origin header says; browsers
 * send it on every POST, PUT, PATCH and DELETE, and a page elsewhere cannot forge it. Without Origin, or from
 * another origin (another subdomain included), 403. HTTP Basic clients carry their credentials themselves and pass.
 * The Vaadin UI keeps its own protection (its CSRF token in every request); it calls the API only to download.
 */
class SameOriginApi extends OncePerRequestFilter {

    private final ObjectMapper json;

    SameOriginApi(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (changes(request)
                && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && request.getRequestedSessionId() != null
                && !sameOrigin(request)) {
            ProblemAuthenticationEntryPoint.write(
                    json, response, HttpStatus.FORBIDDEN, Messages.get("error.crossSite"));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean changes(HttpServletRequest request) {
        return !CamundaAccess.reads(request.getMethod()) && !"TRACE".equals(request.getMethod());
    }

    /** The Origin header names the scheme, host and port this request arrived at (after forwarded headers). */
    static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null || origin.isBlank() || "null".equals(origin)) {
            return false;
        }
        try {
            URI uri = URI.create(origin.trim());
            return request.getScheme().equalsIgnoreCase(uri.getScheme())
                    && request.getServerName().equalsIgnoreCase(uri.getHost())
                    && request.getServerPort() == port(uri);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
