package vn.dangbo.baocao;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * The one wait of the tests, for what happens outside the test's thread (figures refreshed on a schedule). The
 * engine's jobs are not waited for: {@link Jobs} runs them.
 */
public final class Await {

    private static final Duration POLL = Duration.ofMillis(100);

    private Await() {}

    /** Asks until the condition holds; fails naming what was awaited once the time is up. */
    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        Instant until = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what);
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }
}
