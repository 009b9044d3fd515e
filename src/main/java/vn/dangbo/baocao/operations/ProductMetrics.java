package vn.dangbo.baocao.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.dangbo.baocao.report.ReportStatus;
import vn.dangbo.baocao.report.Reports;
import vn.dangbo.baocao.report.StageCount;

/**
 * The product's own gauges: reports by stage and organisation ({@code baocao_reports}), open tasks
 * ({@code baocao_open_tasks}) and open incidents ({@code baocao_incidents}). All three are read together, with one
 * grouped SQL query and two engine counts, at most once per refresh interval, so a scrape costs three queries
 * whatever the number of reports. An organisation first seen by a refresh gets its rows from the next scrape.
 */
@Component
class ProductMetrics implements MeterBinder {

    private record Key(String organisation, ReportStatus stage) {}

    private record Figures(Map<Key, Long> reports, long openTasks, long incidents, long takenAt) {}

    private final Reports reports;
    private final EngineOperations engine;
    private final long refreshNanos;
    private final Set<Key> known = ConcurrentHashMap.newKeySet();
    private volatile Figures figures;
    private MultiGauge reportGauge;

    ProductMetrics(Reports reports, EngineOperations engine, @Value("${app.metrics.refresh:2s}") Duration refresh) {
        this.reports = reports;
        this.engine = engine;
        this.refreshNanos = refresh.toNanos();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        reportGauge = MultiGauge.builder("baocao.reports")
                .description("Reports by stage (status) and organisation")
                .register(registry);
        Gauge.builder("baocao.open.tasks", this, m -> m.current().openTasks())
                .description("Open user tasks in the process engine")
                .register(registry);
        Gauge.builder("baocao.incidents", this, m -> m.current().incidents())
                .description("Open incidents: engine jobs that failed all their retries")
                .register(registry);
    }

    private Figures current() {
        Figures now = figures;
        if (now == null || System.nanoTime() - now.takenAt() > refreshNanos) {
            synchronized (this) {
                now = figures;
                if (now == null || System.nanoTime() - now.takenAt() > refreshNanos) {
                    now = read();
                    figures = now;
                }
            }
        }
        return now;
    }

    private Figures read() {
        Map<Key, Long> counts = new HashMap<>();
        for (StageCount row : reports.countByOrganisationAndStatus()) {
            for (ReportStatus stage : ReportStatus.values()) {
                counts.putIfAbsent(new Key(row.organisationCode(), stage), 0L);
            }
            if (row.status() != null) {
                counts.put(new Key(row.organisationCode(), row.status()), row.reports());
            }
        }
        Figures read = new Figures(
                Collections.unmodifiableMap(counts), engine.openTasks(), engine.openIncidents(), System.nanoTime());
        if (known.addAll(counts.keySet()) && reportGauge != null) {
            List<MultiGauge.Row<?>> rows = new ArrayList<>();
            for (Key key : known) {
                rows.add(MultiGauge.Row.of(
                        Tags.of(
                                "organisation",
                                key.organisation(),
                                "stage",
                                key.stage().name()),
                        this,
                        m -> m.current().reports().getOrDefault(key, 0L)));
            }
            reportGauge.register(rows, false);
        }
        return read;
    }
}
