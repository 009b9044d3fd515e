package vn.dangbo.baocao.common;

import java.util.Optional;

/**
 * The innermost "Caused by" of a stack trace, without its exception class: what the administrator needs to read
 * when the engine's own message is generic (e.g. "An exception occurred in the persistence layer").
 */
public final class RootCause {

    private static final String CAUSED_BY = "Caused by: ";

    private RootCause() {}

    public static Optional<String> of(String stacktrace) {
        if (stacktrace == null) {
            return Optional.empty();
        }
        String last = null;
        for (String line : stacktrace.split("\\R")) {
            if (line.startsWith(CAUSED_BY)) {
                last = line.substring(CAUSED_BY.length());
            }
        }
        if (last == null) {
            return Optional.empty();
        }
        int colon = last.indexOf(": ");
        String message = colon < 0 ? last : last.substring(colon + 2);
        return message.isBlank() ? Optional.empty() : Optional.of(message.strip());
    }
}
