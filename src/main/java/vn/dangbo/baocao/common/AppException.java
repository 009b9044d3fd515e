package vn.dangbo.baocao.common;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A refusal of the application with a Vietnamese message, mapped to a problem detail by the API and shown
 * as a notification by the UI.
 */
public class AppException extends RuntimeException {

    private final HttpStatus status;
    private final transient List<Violation> violations;

    private AppException(HttpStatus status, String message, List<Violation> violations) {
        super(message);
        this.status = status;
        this.violations = List.copyOf(violations);
    }

    public static AppException notFound(String key, Object... args) {
        return new AppException(HttpStatus.NOT_FOUND, Messages.get(key, args), List.of());
    }

    public static AppException forbidden(String key, Object... args) {
        return new AppException(HttpStatus.FORBIDDEN, Messages.get(key, args), List.of());
    }

    public static AppException conflict(String key, Object... args) {
        return new AppException(HttpStatus.CONFLICT, Messages.get(key, args), List.of());
    }

    public static AppException invalid(String key, Object... args) {
        return new AppException(HttpStatus.UNPROCESSABLE_ENTITY, Messages.get(key, args), List.of());
    }

    public static AppException invalid(List<Violation> violations, String key, Object... args) {
        return new AppException(HttpStatus.UNPROCESSABLE_ENTITY, Messages.get(key, args), violations);
    }

    public static AppException tooLarge(String key, Object... args) {
        return new AppException(HttpStatus.PAYLOAD_TOO_LARGE, Messages.get(key, args), List.of());
    }

    public static AppException unavailable(String key, Object... args) {
        return new AppException(HttpStatus.SERVICE_UNAVAILABLE, Messages.get(key, args), List.of());
    }

    public HttpStatus status() {
        return status;
    }

    public List<Violation> violations() {
        return violations;
    }
}
