package vn.dangbo.baocao.report.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dangbo.baocao.issuance.IssuanceService;
import vn.dangbo.baocao.report.ReportProcess;

/** Runs asynchronously with retries (see the model): a failed issue rolls back and keeps its number free. */
@Component("issueReport")
class IssueReport implements JavaDelegate {

    private final IssuanceService issuance;

    IssueReport(IssuanceService issuance) {
        this.issuance = issuance;
    }

    @Override
    public void execute(DelegateExecution execution) {
        issuance.issue((Long) execution.getVariable(ReportProcess.REPORT_ID));
    }
}
