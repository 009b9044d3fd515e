package vn.dangbo.baocao.report;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The only door to the process engine for reports: starts, queries and completes the tasks of
 * bpmn/report-lifecycle.bpmn. The engine keeps ids and decisions; our tables keep the content.
 */
@Component
public class ReportWorkflow {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;

    ReportWorkflow(RuntimeService runtime, TaskService tasks, HistoryService history) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
    }

    public String start(long reportId, String tenantId, List<String> unitGroups, String officeGroup, String signer,
                        Instant dueAt, Instant remindAt) {
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

    /** The open tasks a user may work on: those of their unit's group, and those assigned to them. */
    public List<WorkTask> openTasks(String tenantId, Collection<String> groups, String username) {
        TaskQuery query = tasks.createTaskQuery().tenantIdIn(tenantId).active()
                .or().taskCandidateGroupIn(List.copyOf(groups)).taskAssignee(username).endOr()
                .orderByDueDate().asc().orderByTaskCreateTime().asc();
        return query.list().stream().map(ReportWorkflow::workTask).toList();
    }

    /** How many tasks {@link #openTasks} would list: one COUNT query, for a menu badge. */
    public long countOpenTasks(String tenantId, Collection<String> groups, String username) {
        return tasks.createTaskQuery().tenantIdIn(tenantId).active()
                .or().taskCandidateGroupIn(List.copyOf(groups)).taskAssignee(username).endOr()
                .count();
    }

    public List<WorkTask> openTasksOf(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).list().stream()
                .map(ReportWorkflow::workTask).toList();
    }

    public Optional<WorkTask> task(String taskId) {
        return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).singleResult()).map(ReportWorkflow::workTask);
    }

    /** The open task of one kind for one unit group (or the report-level task when the group is null). */
    public Optional<WorkTask> openTask(String processInstanceId, TaskKind kind, String unitGroup) {
        return openTasksOf(processInstanceId).stream()
                .filter(t -> t.kind() == kind && (unitGroup == null || unitGroup.equals(t.unitGroup())))
                .findFirst();
    }

    public void complete(String taskId, Map<String, Object> variables) {
        tasks.complete(taskId, variables);
    }

    /** Whether the task existed and has been completed (as opposed to never having existed). */
    public boolean wasCompleted(String taskId) {
        return history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
    }

    public void cancel(String processInstanceId) {
        runtime.createMessageCorrelation(ReportProcess.CANCEL_MESSAGE).processInstanceId(processInstanceId)
                .correlateWithResult();
    }

    private static WorkTask workTask(Task task) {
        return new WorkTask(task.getId(), TaskKind.ofElement(task.getTaskDefinitionKey()), task.getProcessInstanceId(),
                task.getDescription(), task.getAssignee(), toInstant(task.getCreateTime()), toInstant(task.getDueDate()));
    }

    private static Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
