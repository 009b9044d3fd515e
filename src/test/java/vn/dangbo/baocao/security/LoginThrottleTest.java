package vn.dangbo.baocao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-12-01T08:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(5, 20, new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void fourFreeFailuresThenTheWaitDoublesUpToFifteenMinutes() {
        IntStream.range(0, 4).forEach(i -> throttle.failed("ubnd", "10.0.0.1"));
        assertThat(throttle.wait("ubnd", "10.0.0.1")).isZero();
        throttle.failed("ubnd", "10.0.0.1");
        assertThat(throttle.wait("ubnd", "10.0.0.9")).isEqualTo(Duration.ofSeconds(1));
        throttle.failed("ubnd", "10.0.0.1");
        assertThat(throttle.wait("UBND", "10.0.0.9")).isEqualTo(Duration.ofSeconds(2));
        IntStream.range(0, 30).forEach(i -> throttle.failed("ubnd", "10.0.0.1"));
        assertThat(throttle.wait("ubnd", "10.0.0.9")).isEqualTo(LoginThrottle.MAX_WAIT);
        assertThat(throttle.wait("congan", "10.0.0.9"))
                .as("another account elsewhere")
                .isZero();
    }

    @Test
    void oneAddressGuessingManyAccountsIsSlowedToo() {
        IntStream.range(0, 20).forEach(i -> throttle.failed("user" + i, "10.0.0.2"));
        assertThat(throttle.wait("someone-else", "10.0.0.2")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.wait("someone-else", "10.0.0.3")).isZero();
    }

    @Test
    void aSuccessClearsTheAccountAndAnHourOfQuietForgets() {
        IntStream.range(0, 6).forEach(i -> throttle.failed("ubnd", "10.0.0.1"));
        throttle.succeeded("ubnd");
        assertThat(throttle.wait("ubnd", "10.0.0.4")).isZero();
        IntStream.range(0, 6).forEach(i -> throttle.failed("congan", "10.0.0.5"));
        now = now.plus(Duration.ofMinutes(61));
        assertThat(throttle.failed("congan", "10.0.0.5")).isEqualTo(1);
    }

    @Test
    void failuresAreWrittenToTheAuditTrailAsAFewAggregates() {
        assertThat(IntStream.rangeClosed(1, 70)
                        .filter(LoginAudit::recorded)
                        .boxed()
                        .toList())
                .containsExactly(1, 4, 8, 16, 32, 64);
    }
}
