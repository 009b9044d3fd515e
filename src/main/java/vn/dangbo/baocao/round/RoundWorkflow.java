package vn.dangbo.baocao.round;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The only door to the process engine for rounds (bpmn/reporting-round.bpmn). */
@Component
class RoundWorkflow {

    private final RuntimeService runtime;
    private final TaskService tasks;

    RoundWorkflow(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    String start(
            long roundId, String tenantId, String officeGroup, List<String> children, Instant dueAt, Instant remindAt) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(RoundProcess.ROUND_ID, roundId);
        variables.put(RoundProcess.TENANT, tenantId);
        variables.put(RoundProcess.OFFICE_GROUP, officeGroup);
        variables.put(RoundProcess.CHILDREN, List.copyOf(children));
        variables.put(RoundProcess.DUE_AT, Date.from(dueAt));
        variables.put(RoundProcess.REMIND_AT, Date.from(remindAt));
        return runtime.startProcessInstanceByKey(RoundProcess.KEY, "round:" + roundId, variables)
                .getProcessInstanceId();
    }

    /** The child's open confirmation task in a round. */
    Optional<Task> confirmTask(String processInstanceId, String childCode) {
        return tasks
                .createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey(RoundProcess.CONFIRM)
                .list()
                .stream()
                .filter(t -> childCode.equals(runtime.getVariable(t.getExecutionId(), RoundProcess.CHILD_ORGANISATION)))
                .findFirst();
    }

    void complete(String taskId) {
        tasks.complete(taskId);
    }

    /** The round stops waiting: its process ends, timers and open confirmations with it. */
    void stop(String processInstanceId, String reason) {
        if (runtime.createProcessInstanceQuery()
                        .processInstanceId(processInstanceId)
                        .count()
                > 0) {
            runtime.deleteProcessInstance(processInstanceId, reason);
        }
    }

    /** Moves the child's branch past "await issued"; false when it no longer waits (already received). */
    boolean delivered(String processInstanceId, String childCode) {
        List<Execution> waiting = runtime.createExecutionQuery()
                .processInstanceId(processInstanceId)
                .activityId(RoundProcess.AWAIT_ISSUED)
                .list();
        for (Execution execution : waiting) {
            if (childCode.equals(runtime.getVariable(execution.getId(), RoundProcess.CHILD_ORGANISATION))) {
                runtime.messageEventReceived(RoundProcess.ISSUED_MESSAGE, execution.getId());
                return true;
            }
        }
        return false;
    }
}
