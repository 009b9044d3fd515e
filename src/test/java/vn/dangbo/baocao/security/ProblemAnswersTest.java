package vn.dangbo.baocao.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

/** What the API answers when sign-in cannot even be checked: 503 for a lost database, 429 while throttled. */
class ProblemAnswersTest {

    private final ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(new ObjectMapper());

    @Test
    void aLostDatabaseDuringSignInIs503NotAWrongPassword() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        entryPoint.commence(
                new MockHttpServletRequest(),
                response,
                new InternalAuthenticationServiceException(
                        "no connection", new DataAccessResourceFailureException("connection refused")));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("tạm thời không kết nối được cơ sở dữ liệu");
        assertThat(response.getHeader("WWW-Authenticate")).isNull();
    }

    @Test
    void throttledIs429WithRetryAfterAndAWrongPasswordStays401() throws Exception {
        MockHttpServletResponse throttled = new MockHttpServletResponse();
        entryPoint.commence(
                new MockHttpServletRequest(), throttled, new LoginThrottledException(Duration.ofMillis(1500)));
        assertThat(throttled.getStatus()).isEqualTo(429);
        assertThat(throttled.getHeader("Retry-After")).isEqualTo("2");
        MockHttpServletResponse wrong = new MockHttpServletResponse();
        entryPoint.commence(new MockHttpServletRequest(), wrong, new BadCredentialsException("bad"));
        assertThat(wrong.getStatus()).isEqualTo(401);
    }
}
