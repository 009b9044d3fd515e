package vn.dangbo.baocao.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import vn.dangbo.baocao.common.Messages;

@Component
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final ObjectMapper json;

    ProblemAccessDeniedHandler(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        ProblemAuthenticationEntryPoint.write(json, response, HttpStatus.FORBIDDEN, Messages.get("error.forbidden"));
    }
}
