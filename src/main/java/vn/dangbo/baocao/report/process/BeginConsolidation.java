package vn.dangbo.baocao.report.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dangbo.baocao.report.ReportProcess;
import vn.dangbo.baocao.report.ReportStates;

/** Every unit is accepted: the report moves to consolidation by the office. */
@Component("beginConsolidation")
class BeginConsolidation implements JavaDelegate {

    private final ReportStates states;

    BeginConsolidation(ReportStates states) {
        this.states = states;
    }

    @Override
    public void execute(DelegateExecution execution) {
        states.beginConsolidation((Long) execution.getVariable(ReportProcess.REPORT_ID));
    }
}
