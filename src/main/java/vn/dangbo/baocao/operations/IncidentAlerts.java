package vn.dangbo.baocao.operations;

import java.util.List;
import org.camunda.bpm.engine.runtime.Incident;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.notification.NotificationKind;
import vn.dangbo.baocao.notification.NotificationService;
import vn.dangbo.baocao.organisation.OrganisationRepository;
import vn.dangbo.baocao.report.Report;
import vn.dangbo.baocao.report.Reports;

/**
 * Tells the organisation's administrators of a new incident. It runs once the engine's transaction that recorded
 * the incident has committed, in a transaction of its own: a notice that cannot be written never stops the
 * engine from recording the failure (it is logged instead).
 */
@Component
class IncidentAlerts {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentAlerts.class);

    private final OrganisationRepository organisations;
    private final Reports reports;
    private final NotificationService notifications;
    private final TransactionTemplate ownTransaction;

    IncidentAlerts(
            OrganisationRepository organisations,
            Reports reports,
            NotificationService notifications,
            PlatformTransactionManager transactions) {
        this.organisations = organisations;
        this.reports = reports;
        this.notifications = notifications;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void raised(Incident incident) {
        String tenantId = incident.getTenantId();
        if (tenantId == null) {
            return; // not an organisation's (e.g. history cleanup): for the operators' metrics and Cockpit only
        }
        String processInstanceId = incident.getProcessInstanceId();
        String step = Steps.label(incident.getActivityId());
        Runnable alert = () -> {
            try {
                ownTransaction.executeWithoutResult(status -> notifyAdministrators(tenantId, processInstanceId, step));
            } catch (RuntimeException e) {
                LOG.error("Could not notify the administrators of {} of an incident at {}", tenantId, step, e);
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    alert.run();
                }
            });
        } else {
            alert.run();
        }
    }

    private void notifyAdministrators(String tenantId, String processInstanceId, String step) {
        organisations.organisationByCode(tenantId).ifPresent(organisation -> {
            Report report = processInstanceId == null
                    ? null
                    : reports.byProcessInstances(List.of(processInstanceId)).stream()
                            .findFirst()
                            .orElse(null);
            String text = report == null
                    ? Messages.get("notification.incident.other", step)
                    : Messages.get("notification.incident", step, report.title());
            notifications.notifyAdministrators(
                    organisation.id(), report == null ? null : report.id(), NotificationKind.INCIDENT, text);
        });
    }
}
