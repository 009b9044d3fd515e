package vn.dangbo.baocao;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Runs the engine's jobs in the test's own thread, as the job executor would (the test context has none, see
 * {@link IntegrationTest}). A job that throws fails the test with its exception; a test that expects a job to
 * fail says so with {@link #runFailing}.
 */
public final class Jobs {

    private static final int MAX_ROUNDS = 20;

    private Jobs() {}

    /** The jobs of the application's engine, the one the test context starts (looked up at each call). */
    public static Jobs ofEngine() {
        return new Jobs();
    }

    private static ProcessEngine engine() {
        ProcessEngine engine = ProcessEngines.getDefaultProcessEngine(false);
        if (engine == null) {
            throw new IllegalStateException("no process engine: the test needs @IntegrationTest");
        }
        return engine;
    }

    private static ManagementService management() {
        return engine().getManagementService();
    }

    /** Runs the due jobs of a report's process (the join after each unit, issuing) until none is due. */
    public void runDueOfReport(long reportId) {
        ProcessInstance instance = engine().getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(Long.toString(reportId))
                .singleResult();
        if (instance != null) {
            runDue(instance.getId());
        }
    }

    /** Runs the due jobs of a process instance, and those they create, until none is due. */
    public void runDue(String processInstanceId) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Job> due = management()
                    .createJobQuery()
                    .processInstanceId(processInstanceId)
                    .executable()
                    .list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(this::run);
        }
        throw new AssertionError("jobs of " + processInstanceId + " still due after " + MAX_ROUNDS + " rounds");
    }

    /** Runs every job of a job definition (a batch's seed or its batch jobs), due or not. */
    public void runAllOf(String jobDefinitionId) {
        management().createJobQuery().jobDefinitionId(jobDefinitionId).list().forEach(this::run);
    }

    /** Runs one job; its exception fails the test. */
    public void run(Job job) {
        try {
            management().executeJob(job.getId());
        } catch (RuntimeException e) {
            throw new AssertionError("job " + job.getId() + " at " + activityOf(job) + " failed: " + e.getMessage(), e);
        }
    }

    /** Runs a job that must fail (the engine then counts down its retries); answers its exception. */
    public RuntimeException runFailing(Job job) {
        try {
            management().executeJob(job.getId());
        } catch (RuntimeException expected) {
            return expected;
        }
        throw new AssertionError("job " + job.getId() + " at " + activityOf(job) + " did not fail");
    }

    /**
     * Runs a timer as if its time had come: the engine's clock is moved just past its due date for that one job
     * and put back whatever happens, so no other test sees a moved clock.
     */
    public void fire(Job timer) {
        try {
            ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
            run(timer);
        } finally {
            ClockUtil.reset();
        }
    }

    /** The BPMN element the job belongs to (its job definition's activity), to name it in a failure. */
    private static String activityOf(Job job) {
        if (job.getJobDefinitionId() == null) {
            return "no activity";
        }
        JobDefinition definition = management()
                .createJobDefinitionQuery()
                .jobDefinitionId(job.getJobDefinitionId())
                .singleResult();
        return definition == null ? "no activity" : definition.getActivityId();
    }
}
