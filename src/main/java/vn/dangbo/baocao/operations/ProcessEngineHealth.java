package vn.dangbo.baocao.operations;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Readiness of the process engine ("processEngine"): a query through the engine answers, and the job executor
 * (issuing, timers) runs. DOWN when the engine cannot query its database, or when the job executor should run
 * and does not: approved reports would then never be issued.
 */
@Component("processEngineHealthIndicator")
class ProcessEngineHealth extends AbstractHealthIndicator {

    private final EngineOperations engine;
    private final boolean jobExecutionEnabled;

    ProcessEngineHealth(
            EngineOperations engine, @Value("${camunda.bpm.job-execution.enabled:true}") boolean jobExecutionEnabled) {
        super("The process engine is not available");
        this.engine = engine;
        this.jobExecutionEnabled = jobExecutionEnabled;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        long deployed = engine.deployedReportProcesses();
        boolean active = engine.jobExecutorActive();
        if (active || !jobExecutionEnabled) {
            builder.up();
        } else {
            builder.down();
        }
        builder.withDetail("reportProcessVersions", deployed).withDetail("jobExecutorActive", active);
    }
}
