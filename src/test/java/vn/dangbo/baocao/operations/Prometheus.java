package vn.dangbo.baocao.operations;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import vn.dangbo.baocao.ApiClient;

/** Reads figures from the Prometheus page of the management port, for the integration tests. */
final class Prometheus {

    private final ApiClient management;

    Prometheus(int managementPort) {
        this.management = ApiClient.anonymous(managementPort);
    }

    String page() {
        ApiClient.Response response = management.get("/actuator/prometheus");
        if (response.status() != 200) {
            throw new AssertionError("prometheus answered " + response.status());
        }
        return new String(response.bytes(), StandardCharsets.UTF_8);
    }

    /** The value of the first sample of a metric whose labels contain all the given {@code name="value"} pairs. */
    Optional<Double> value(String metric, String... labels) {
        return Arrays.stream(page().split("\n"))
                .filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst();
    }

    /** Waits (the report figures are read at most every two seconds) until a sample has the expected value. */
    double await(double expected, String metric, String... labels) {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        Optional<Double> seen = Optional.empty();
        while (Instant.now().isBefore(until)) {
            seen = value(metric, labels);
            if (seen.isPresent() && seen.get() == expected) {
                return expected;
            }
            sleep();
        }
        throw new AssertionError(metric + " " + String.join(",", labels) + " expected " + expected + " but was "
                + seen.map(String::valueOf).orElse("absent"));
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
