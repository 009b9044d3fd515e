package vn.dangbo.baocao.operations;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.dangbo.baocao.report.ReportProcess;

/**
 * The operators' door to the process engine: its health, its counts for the metrics, and the incidents
 * (jobs that failed all their retries) with their retry. Reports' own engine work stays in ReportWorkflow.
 */
@Component
class EngineOperations {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final RepositoryService repository;
    private final ProcessEngine engine;

    EngineOperations(ProcessEngine engine) {
        this.engine = engine;
        this.runtime = engine.getRuntimeService();
        this.tasks = engine.getTaskService();
        this.management = engine.getManagementService();
        this.repository = engine.getRepositoryService();
    }

    /** A cheap query through the engine: the deployed versions of the report process. */
    long deployedReportProcesses() {
        return repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(ReportProcess.KEY)
                .count();
    }

    boolean jobExecutorActive() {
        JobExecutor executor = jobExecutor();
        return executor != null && executor.isActive();
    }

    long openTasks() {
        return tasks.createTaskQuery().active().count();
    }

    long openIncidents() {
        return runtime.createIncidentQuery().count();
    }

    /** The incidents of one organisation (its tenant), newest first. */
    List<Incident> incidents(String tenantId) {
        return runtime.createIncidentQuery()
                .tenantIdIn(tenantId)
                .orderByIncidentTimestamp()
                .desc()
                .list();
    }

    Optional<Incident> incident(String tenantId, String incidentId) {
        return Optional.ofNullable(runtime.createIncidentQuery()
                .tenantIdIn(tenantId)
                .incidentId(incidentId)
                .singleResult());
    }

    static boolean isFailedJob(Incident incident) {
        return Incident.FAILED_JOB_HANDLER_TYPE.equals(incident.getIncidentType());
    }

    /** The stack trace of the job's last failure; empty for other kinds of incident. */
    Optional<String> stacktrace(Incident incident) {
        return isFailedJob(incident)
                ? Optional.ofNullable(management.getJobExceptionStacktrace(incident.getConfiguration()))
                : Optional.empty();
    }

    /**
     * One more attempt of the failed job, due now: the engine resolves the incident in the caller's transaction,
     * and once it commits the job executor is told, so the attempt starts within a moment.
     */
    void retry(Incident incident) {
        management
                .setJobRetries(1)
                .jobId(incident.getConfiguration())
                .dueDate(ClockUtil.getCurrentTime())
                .execute();
        JobExecutor executor = jobExecutor();
        if (executor == null) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    executor.jobWasAdded();
                }
            });
        } else {
            executor.jobWasAdded();
        }
    }

    private JobExecutor jobExecutor() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    }
}
