package vn.dangbo.baocao.report.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dangbo.baocao.report.ReportProcess;
import vn.dangbo.baocao.report.ReportRepository;
import vn.dangbo.baocao.report.ReportStatus;

/** Every unit is accepted: the report moves to consolidation by the office. */
@Component("beginConsolidation")
class BeginConsolidation implements JavaDelegate {

    private final ReportRepository reports;

    BeginConsolidation(ReportRepository reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.setStatus((Long) execution.getVariable(ReportProcess.REPORT_ID), ReportStatus.CONSOLIDATING);
    }
}
