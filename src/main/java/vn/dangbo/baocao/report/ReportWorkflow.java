package vn.dangbo.baocao.report;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.RootCause;

/**
 * The only door to the process engine for reports: starts, queries and completes the tasks of
 * bpmn/report-lifecycle.bpmn. The engine keeps ids and decisions; our tables keep the content.
 */
@Component
public class ReportWorkflow {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final ManagementService management;

    ReportWorkflow(RuntimeService runtime, TaskService tasks, HistoryService history, ManagementService management) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
        this.management = management;
    }

    public String start(
            long reportId,
            String tenantId,
            List<String> unitGroups,
            String officeGroup,
            String signer,
            Instant dueAt,
            Instant remindAt) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ReportProcess.REPORT_ID, reportId);
        variables.put(ReportProcess.TENANT, tenantId);
        variables.put(ReportProcess.UNIT_GROUPS, List.copyOf(unitGroups));
        variables.put(ReportProcess.OFFICE_GROUP, officeGroup);
        variables.put(ReportProcess.SIGNER, signer);
        variables.put(ReportProcess.DUE_AT, Date.from(dueAt));
        variables.put(ReportProcess.REMIND_AT, Date.from(remindAt));
        return runtime.startProcessInstanceByKey(ReportProcess.KEY, Long.toString(reportId), variables)
                .getProcessInstanceId();
    }

    /** The issuing step of an approved report while it waits in the engine (to run, or after a failure). */
    Optional<IssuingJob> issuing(String processInstanceId) {
        Job job = management
                .createJobQuery()
                .processInstanceId(processInstanceId)
                .activityId(ReportProcess.ISSUE)
                .singleResult();
        if (job == null) {
            return Optional.empty();
        }
        String failure = job.getExceptionMessage() == null
                ? null
                : RootCause.of(management.getJobExceptionStacktrace(job.getId()))
                        .orElse(job.getExceptionMessage());
        Instant due = job.getDuedate() == null ? null : job.getDuedate().toInstant();
        return Optional.of(new IssuingJob(job.getRetries(), due, failure));
    }

    /** The open tasks a user may work on: those of their unit's group, and those assigned to them. */
    public List<WorkTask> openTasks(String tenantId, Collection<String> groups, String username) {
        TaskQuery query = tasks.createTaskQuery()
                .tenantIdIn(tenantId)
                .active()
                .or()
                .taskCandidateGroupIn(List.copyOf(groups))
                .taskAssignee(username)
                .endOr()
                .orderByDueDate()
                .asc()
                .orderByTaskCreateTime()
                .asc();
        return query.list().stream().map(ReportWorkflow::workTask).toList();
    }

    /** How many tasks {@link #openTasks} would list: one COUNT query, for a menu badge. */
    public long countOpenTasks(String tenantId, Collection<String> groups, String username) {
        return tasks.createTaskQuery()
                .tenantIdIn(tenantId)
                .active()
                .or()
                .taskCandidateGroupIn(List.copyOf(groups))
                .taskAssignee(username)
                .endOr()
                .count();
    }

    public Optional<WorkTask> task(String taskId) {
        return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).singleResult())
                .map(ReportWorkflow::workTask);
    }

    /** Completes the task; a task gone meanwhile (completed, or its report cancelled) is a conflict. */
    public void complete(String taskId, Map<String, Object> variables) {
        try {
            if (variables.isEmpty()) {
                tasks.complete(taskId);
            } else {
                tasks.complete(taskId, variables);
            }
        } catch (NullValueException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Cannot find task with id")) {
                throw AppException.conflict("error.task.done");
            }
            throw e;
        }
    }

    /** Whether the task existed and has been completed (as opposed to never having existed). */
    public boolean wasCompleted(String taskId) {
        return history.createHistoricTaskInstanceQuery()
                        .taskId(taskId)
                        .finished()
                        .count()
                > 0;
    }

    public void cancel(String processInstanceId) {
        runtime.createMessageCorrelation(ReportProcess.CANCEL_MESSAGE)
                .processInstanceId(processInstanceId)
                .correlateWithResult();
    }

    /**
     * Moves the deadline of one unit (or of every unit when {@code unitGroup} is null). The dates become local
     * variables of the unit's multi-instance execution, so units can differ and a returned task gets the new
     * date; the open task's due date and its two timers follow. A timer that already fired is created again by
     * restarting the unit's open task (same candidate group, new task id).
     */
    public void moveDeadline(String processInstanceId, String unitGroup, Instant dueAt, Instant remindAt) {
        if (unitGroup == null) {
            runtime.setVariables(
                    processInstanceId,
                    Map.of(ReportProcess.DUE_AT, Date.from(dueAt), ReportProcess.REMIND_AT, Date.from(remindAt)));
        }
        for (VariableInstance unit : unitExecutions(processInstanceId, unitGroup)) {
            runtime.setVariablesLocal(
                    unit.getExecutionId(),
                    Map.of(ReportProcess.DUE_AT, Date.from(dueAt), ReportProcess.REMIND_AT, Date.from(remindAt)));
            String group = (String) unit.getValue();
            Optional<Task> task = contributeTask(processInstanceId, group);
            if (task.isEmpty()) {
                continue; // under review: the dates apply when the task comes back
            }
            task.get().setDueDate(Date.from(dueAt));
            tasks.saveTask(task.get());
            List<Job> reminders = timers(processInstanceId, group, ReportProcess.REMINDER_TIMER);
            List<Job> overdue = timers(processInstanceId, group, ReportProcess.OVERDUE_TIMER);
            if (reminders.isEmpty() || overdue.isEmpty()) {
                restartContribute(processInstanceId, task.get());
                continue;
            }
            reminders.forEach(j -> management.setJobDuedate(j.getId(), Date.from(remindAt)));
            overdue.forEach(j -> management.setJobDuedate(j.getId(), Date.from(dueAt)));
        }
    }

    /** Gives the open part of one unit to another unit: the execution's group, the task's candidate group. */
    public void moveUnit(String processInstanceId, String fromGroup, String toGroup) {
        for (VariableInstance unit : unitExecutions(processInstanceId, fromGroup)) {
            runtime.setVariableLocal(unit.getExecutionId(), ReportProcess.UNIT_GROUP, toGroup);
        }
        contributeTask(processInstanceId, fromGroup).ifPresent(task -> {
            task.setDescription(toGroup);
            tasks.saveTask(task);
            tasks.deleteCandidateGroup(task.getId(), fromGroup);
            tasks.addCandidateGroup(task.getId(), toGroup);
        });
    }

    /** Adds a unit to the collection stage: one more instance of the multi-instance subprocess. */
    public void addUnit(String processInstanceId, String unitGroup, Instant dueAt, Instant remindAt) {
        ActivityInstance body = find(
                        runtime.getActivityInstance(processInstanceId), ReportProcess.COLLECT + "#multiInstanceBody")
                .orElseThrow(() -> new IllegalStateException("not collecting: " + processInstanceId));
        runtime.createProcessInstanceModification(processInstanceId)
                .startBeforeActivity(ReportProcess.COLLECT, body.getId())
                .setVariableLocal(ReportProcess.UNIT_GROUP, unitGroup)
                .setVariableLocal(ReportProcess.DUE_AT, Date.from(dueAt))
                .setVariableLocal(ReportProcess.REMIND_AT, Date.from(remindAt))
                .execute();
    }

    /** Takes a unit out of the collection stage: its instance of the subprocess ends, the others go on. */
    public void removeUnit(String processInstanceId, String unitGroup) {
        Task task = contributeTask(processInstanceId, unitGroup)
                .orElseThrow(() -> new IllegalStateException("no open task of " + unitGroup));
        ActivityInstance contribute = findByExecution(
                        runtime.getActivityInstance(processInstanceId), ReportProcess.CONTRIBUTE, task.getExecutionId())
                .orElseThrow();
        runtime.createProcessInstanceModification(processInstanceId)
                .cancelActivityInstance(contribute.getParentActivityInstanceId())
                .execute();
    }

    private void restartContribute(String processInstanceId, Task task) {
        ActivityInstance root = runtime.getActivityInstance(processInstanceId);
        ActivityInstance contribute = findByExecution(root, ReportProcess.CONTRIBUTE, task.getExecutionId())
                .orElseThrow();
        runtime.createProcessInstanceModification(processInstanceId)
                .startBeforeActivity(ReportProcess.CONTRIBUTE, contribute.getParentActivityInstanceId())
                .cancelActivityInstance(contribute.getId())
                .execute();
    }

    private List<VariableInstance> unitExecutions(String processInstanceId, String unitGroup) {
        var query = runtime.createVariableInstanceQuery()
                .processInstanceIdIn(processInstanceId)
                .variableName(ReportProcess.UNIT_GROUP);
        if (unitGroup != null) {
            query.variableValueEquals(ReportProcess.UNIT_GROUP, unitGroup);
        }
        return query.list();
    }

    private Optional<Task> contributeTask(String processInstanceId, String unitGroup) {
        return tasks
                .createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey(ReportProcess.CONTRIBUTE)
                .list()
                .stream()
                .filter(t -> unitGroup.equals(t.getDescription()))
                .findFirst();
    }

    /** The timers of one kind waiting on the open task of one unit. */
    private List<Job> timers(String processInstanceId, String unitGroup, String activityId) {
        return management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).list().stream()
                .filter(j -> unitGroup.equals(runtime.getVariable(j.getExecutionId(), ReportProcess.UNIT_GROUP)))
                .toList();
    }

    private static Optional<ActivityInstance> find(ActivityInstance node, String activityId) {
        if (activityId.equals(node.getActivityId())) {
            return Optional.of(node);
        }
        for (ActivityInstance child : node.getChildActivityInstances()) {
            Optional<ActivityInstance> found = find(child, activityId);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<ActivityInstance> findByExecution(
            ActivityInstance node, String activityId, String executionId) {
        if (activityId.equals(node.getActivityId())
                && List.of(node.getExecutionIds()).contains(executionId)) {
            return Optional.of(node);
        }
        for (ActivityInstance child : node.getChildActivityInstances()) {
            Optional<ActivityInstance> found = findByExecution(child, activityId, executionId);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static WorkTask workTask(Task task) {
        return new WorkTask(
                task.getId(),
                TaskKind.ofElement(task.getTaskDefinitionKey()),
                task.getProcessInstanceId(),
                task.getDescription(),
                task.getAssignee(),
                toInstant(task.getCreateTime()),
                toInstant(task.getDueDate()));
    }

    private static Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
