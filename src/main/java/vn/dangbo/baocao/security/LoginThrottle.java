package vn.dangbo.baocao.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords slow down whoever tries them: after a few free failures for one account (or more for one client
 * address), each further failure doubles the wait before the next attempt is even checked, up to 15 minutes; a
 * right password during the wait is refused too. A successful sign-in clears the account's count; failures are
 * forgotten after an hour of quiet. Counts live in this node's memory (docs/security.md).
 */
@Component
class LoginThrottle {

    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    private static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final int MAX_KEYS = 100_000;

    /** Failures of one account or address: how many in a row, the last one, and until when the next is refused. */
    record Failures(int count, Instant last, Instant blockedUntil) {}

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final int accountFreeAttempts;
    private final int addressFreeAttempts;
    private final Clock clock;

    LoginThrottle(
            @Value("${app.security.login.account-free-attempts:5}") int accountFreeAttempts,
            @Value("${app.security.login.address-free-attempts:30}") int addressFreeAttempts,
            Clock clock) {
        this.accountFreeAttempts = accountFreeAttempts;
        this.addressFreeAttempts = addressFreeAttempts;
        this.clock = clock;
    }

    /** How long the caller must still wait before this attempt may be checked; zero when it may. */
    Duration wait(String username, String address) {
        Instant now = clock.instant();
        Duration account = remaining(accountKey(username), now);
        Duration client = remaining(addressKey(address), now);
        return account.compareTo(client) >= 0 ? account : client;
    }

    /** A wrong password: counts it for the account and the address; returns the account's count in a row. */
    int failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEYS) {
            failures.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now));
        }
        count(addressKey(address), addressFreeAttempts, now);
        return count(accountKey(username), accountFreeAttempts, now).count();
    }

    /** Wrong passwords in a row for the account (within the hour), the current one included. */
    int failuresInARow(String username) {
        Failures f = failures.get(accountKey(username));
        return f == null ? 0 : f.count();
    }

    void succeeded(String username) {
        failures.remove(accountKey(username));
    }

    private Failures count(String key, int free, Instant now) {
        return failures.compute(key, (k, before) -> {
            int count = before == null || before.last().plus(FORGET_AFTER).isBefore(now) ? 1 : before.count() + 1;
            return new Failures(count, now, now.plus(delay(count, free)));
        });
    }

    /** No wait for the free attempts, then 1 s, 2 s, 4 s … up to 15 minutes. */
    static Duration delay(int count, int free) {
        if (count < free) {
            return Duration.ZERO;
        }
        int exponent = Math.min(count - free, 20);
        Duration wait = Duration.ofSeconds(1L << exponent);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    private Duration remaining(String key, Instant now) {
        Failures f = failures.get(key);
        if (f == null || !f.blockedUntil().isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, f.blockedUntil());
    }

    private static String accountKey(String username) {
        return "u:" + (username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }
}
