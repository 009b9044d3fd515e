package vn.dangbo.baocao.operations;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.Await;

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
    void await(double expected, String metric, String... labels) {
        Await.until(
                metric + " " + String.join(",", labels) + " = " + expected,
                Duration.ofSeconds(20),
                () -> value(metric, labels).filter(v -> v == expected).isPresent());
    }
}
