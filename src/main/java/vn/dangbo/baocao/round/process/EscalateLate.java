package vn.dangbo.baocao.round.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dangbo.baocao.round.RoundDeadlines;
import vn.dangbo.baocao.round.RoundProcess;

@Component("escalateLate")
class EscalateLate implements JavaDelegate {

    private final RoundDeadlines deadlines;

    EscalateLate(RoundDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        deadlines.escalate((Long) execution.getVariable(RoundProcess.ROUND_ID), (String)
                execution.getVariable(RoundProcess.CHILD_ORGANISATION));
    }
}
