package vn.dangbo.baocao.operations;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.audit.AuditAction;
import vn.dangbo.baocao.audit.AuditTrail;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.RootCause;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.report.Report;
import vn.dangbo.baocao.report.Reports;

/**
 * The administrator's list of failed automatic steps of their own organisation (its engine tenant), the stack
 * trace of one, and "Thử lại": one more attempt, audited in the same transaction.
 */
@Service
public class IncidentService {

    private final EngineOperations engine;
    private final Reports reports;
    private final AuditTrail audit;

    IncidentService(EngineOperations engine, Reports reports, AuditTrail audit) {
        this.engine = engine;
        this.reports = reports;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<IncidentSummary> incidents(Actor actor) {
        requireAdmin(actor);
        List<Incident> incidents = engine.incidents(actor.organisation().tenantId());
        Map<String, Report> byInstance = reports
                .byProcessInstances(incidents.stream()
                        .map(Incident::getProcessInstanceId)
                        .filter(id -> id != null)
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(Report::processInstanceId, Function.identity(), (a, b) -> a));
        return incidents.stream()
                .map(i -> summary(
                        i,
                        byInstance.get(i.getProcessInstanceId()),
                        engine.stacktrace(i).flatMap(RootCause::of).orElse(null)))
                .toList();
    }

    /** The stack trace of the failure, for the administrator to pass on; empty when the engine kept none. */
    @Transactional(readOnly = true)
    public String stacktrace(Actor actor, String incidentId) {
        requireAdmin(actor);
        return engine.stacktrace(incident(actor, incidentId)).orElse("");
    }

    /** One more attempt of the failed step, due now; another organisation's incident is not found. */
    @Transactional
    public void retry(Actor actor, String incidentId) {
        requireAdmin(actor);
        Incident incident = incident(actor, incidentId);
        if (!EngineOperations.isFailedJob(incident)) {
            throw AppException.conflict("error.incident.notRetryable");
        }
        Report report = report(incident);
        String cause = engine.stacktrace(incident).flatMap(RootCause::of).orElse(incident.getIncidentMessage());
        engine.retry(incident);
        audit.record(
                actor,
                AuditAction.JOB_RETRIED,
                "incident:" + incidentId,
                report == null ? null : report.id(),
                Messages.get("audit.incident.retried", Steps.label(incident.getActivityId()), cause),
                null);
    }

    private Incident incident(Actor actor, String incidentId) {
        return engine.incident(actor.organisation().tenantId(), incidentId)
                .orElseThrow(() -> AppException.notFound("error.incident.notFound", incidentId));
    }

    private Report report(Incident incident) {
        if (incident.getProcessInstanceId() == null) {
            return null;
        }
        return reports.byProcessInstances(List.of(incident.getProcessInstanceId())).stream()
                .findFirst()
                .orElse(null);
    }

    private static IncidentSummary summary(Incident incident, Report report, String cause) {
        return new IncidentSummary(
                incident.getId(),
                report == null ? null : report.id(),
                report == null ? null : report.title(),
                Steps.label(incident.getActivityId()),
                incident.getActivityId(),
                incident.getIncidentMessage(),
                cause,
                incident.getIncidentTimestamp().toInstant(),
                EngineOperations.isFailedJob(incident));
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw AppException.forbidden("error.incident.adminOnly");
        }
    }
}
