package vn.dangbo.baocao.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import vn.dangbo.baocao.common.Messages;

/** 401 as a problem detail in Vietnamese, inviting HTTP Basic. */
@Component
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ObjectMapper json;

    ProblemAuthenticationEntryPoint(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LoginThrottledException throttled) {
            response.setHeader("Retry-After", Long.toString(throttled.seconds()));
            write(json, response, HttpStatus.TOO_MANY_REQUESTS, throttled.getMessage());
            return;
        }
        if (e instanceof InternalAuthenticationServiceException) {
            // the users could not be read (the database is down): not the caller's fault, not a wrong password
            write(json, response, HttpStatus.SERVICE_UNAVAILABLE, Messages.get("error.unavailable"));
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"baocao\", charset=\"UTF-8\"");
        write(json, response, HttpStatus.UNAUTHORIZED, Messages.get("error.unauthorized"));
    }

    static void write(ObjectMapper json, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        response.setStatus(status.value());
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
