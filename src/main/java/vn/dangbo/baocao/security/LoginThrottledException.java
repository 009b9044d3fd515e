package vn.dangbo.baocao.security;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;
import vn.dangbo.baocao.common.Messages;

/** Too many wrong passwords: the attempt was not even checked. Answered 429 with Retry-After. */
class LoginThrottledException extends LockedException {

    private final long seconds;

    LoginThrottledException(Duration wait) {
        super(Messages.get("error.login.throttled", Math.max(1, (wait.toMillis() + 999) / 1000)));
        this.seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    long seconds() {
        return seconds;
    }
}
