package vn.dangbo.baocao.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Latencies of one measurement (thread-safe), its wall time, errors and SQL statements per call. */
final class Stats {

    final String name;
    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private volatile long wallNanos;

    Stats(String name) {
        this.name = name;
    }

    interface Action {
        void run() throws Exception;
    }

    /** Runs and records one call; a failure is rethrown (and counted by whoever runs the calls). */
    void time(Action action) {
        long sql = SqlCounter.count();
        long start = System.nanoTime();
        try {
            action.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        nanos.add(System.nanoTime() - start);
        statements.addAndGet(SqlCounter.count() - sql);
    }

    void add(long elapsedNanos) {
        nanos.add(elapsedNanos);
    }

    void error() {
        errors.incrementAndGet();
    }

    void wall(long wallNanos) {
        this.wallNanos = wallNanos;
    }

    int count() {
        return nanos.size();
    }

    long errors() {
        return errors.get();
    }

    double percentileMs(double p) {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }

    double p50() {
        return percentileMs(50);
    }

    double p95() {
        return percentileMs(95);
    }

    double max() {
        return percentileMs(100);
    }

    /** Calls per second over the wall time (or over the summed latencies when no wall time was set). */
    double throughput() {
        long wall = wallNanos;
        if (wall == 0) {
            synchronized (nanos) {
                wall = nanos.stream().mapToLong(Long::longValue).sum();
            }
        }
        return wall == 0 ? Double.NaN : count() / (wall / 1e9);
    }

    double statementsPerCall() {
        return count() == 0 ? Double.NaN : (double) statements.get() / count();
    }

    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("count", count());
        map.put("errors", errors());
        map.put("p50Ms", round(p50()));
        map.put("p95Ms", round(p95()));
        map.put("maxMs", round(max()));
        map.put("perSecond", round(throughput()));
        map.put("wallSeconds", round(wallNanos / 1e9));
        map.put("sqlPerCall", round(statementsPerCall()));
        return map;
    }

    /** Four significant digits: ratios can be small. */
    static double ratio(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) {
            return Double.isNaN(v) || Double.isInfinite(v) ? -1 : 0;
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).doubleValue();
    }

    static double round(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? -1 : Math.round(v * 100) / 100.0;
    }
}
