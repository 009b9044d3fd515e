package vn.dangbo.baocao.report.process;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dangbo.baocao.report.ReportIssuer;
import vn.dangbo.baocao.report.ReportProcess;

/**
 * Runs asynchronously with retries (see the model): a failed issue rolls back and keeps its number free. Each
 * failed attempt counts in {@code baocao_issue_failures_total}, by organisation.
 */
@Component("issueReport")
class IssueReport implements JavaDelegate {

    private final ReportIssuer issuance;
    private final MeterRegistry meters;

    IssueReport(ReportIssuer issuance, MeterRegistry meters) {
        this.issuance = issuance;
        this.meters = meters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            issuance.issue((Long) execution.getVariable(ReportProcess.REPORT_ID));
        } catch (RuntimeException e) {
            Counter.builder("baocao.issue.failures")
                    .description("Failed attempts to issue a report")
                    .tag("organisation", String.valueOf(execution.getTenantId()))
                    .register(meters)
                    .increment();
            throw e;
        }
    }
}
