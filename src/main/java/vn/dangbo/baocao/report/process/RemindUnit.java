package vn.dangbo.baocao.report.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dangbo.baocao.report.DeadlineService;
import vn.dangbo.baocao.report.ReportProcess;

@Component("remindUnit")
class RemindUnit implements JavaDelegate {

    private final DeadlineService deadlines;

    RemindUnit(DeadlineService deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        deadlines.remind((Long) execution.getVariable(ReportProcess.REPORT_ID), (String)
                execution.getVariable(ReportProcess.UNIT_GROUP));
    }
}
