package vn.dangbo.baocao.report.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dangbo.baocao.report.DeadlineService;
import vn.dangbo.baocao.report.ReportProcess;

@Component("flagOverdue")
class FlagOverdue implements JavaDelegate {

    private final DeadlineService deadlines;

    FlagOverdue(DeadlineService deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        deadlines.flagOverdue((Long) execution.getVariable(ReportProcess.REPORT_ID), (String)
                execution.getVariable(ReportProcess.UNIT_GROUP));
    }
}
