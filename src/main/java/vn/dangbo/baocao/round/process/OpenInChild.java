package vn.dangbo.baocao.round.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dangbo.baocao.round.RoundProcess;
import vn.dangbo.baocao.round.RoundService;

@Component("openInChild")
class OpenInChild implements JavaDelegate {

    private final RoundService rounds;

    OpenInChild(RoundService rounds) {
        this.rounds = rounds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String group = rounds.openInChild((Long) execution.getVariable(RoundProcess.ROUND_ID), (String)
                execution.getVariable(RoundProcess.CHILD_ORGANISATION));
        execution.setVariableLocal(RoundProcess.CHILD_OFFICE_GROUP, group);
    }
}
