package vn.dangbo.baocao.round.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dangbo.baocao.round.RoundDeadlines;
import vn.dangbo.baocao.round.RoundProcess;

@Component("remindChild")
class RemindChild implements JavaDelegate {

    private final RoundDeadlines deadlines;

    RemindChild(RoundDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        deadlines.remind((Long) execution.getVariable(RoundProcess.ROUND_ID), (String)
                execution.getVariable(RoundProcess.CHILD_ORGANISATION));
    }
}
