package vn.dangbo.baocao.operations;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Failed jobs are recorded as incidents by the engine's own handler, as always; this plugin wraps that handler so
 * that each new incident also alerts the organisation's administrators ({@link IncidentAlerts}).
 */
@Component
class IncidentAlertPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<IncidentAlerts> alerts;

    IncidentAlertPlugin(ObjectProvider<IncidentAlerts> alerts) {
        this.alerts = alerts;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<IncidentHandler> handlers = new ArrayList<>();
        if (configuration.getCustomIncidentHandlers() != null) {
            handlers.addAll(configuration.getCustomIncidentHandlers());
        }
        handlers.add(new Alerting(new DefaultIncidentHandler(Incident.FAILED_JOB_HANDLER_TYPE)));
        configuration.setCustomIncidentHandlers(handlers);
    }

    private final class Alerting implements IncidentHandler {

        private final IncidentHandler delegate;

        private Alerting(IncidentHandler delegate) {
            this.delegate = delegate;
        }

        @Override
        public String getIncidentHandlerType() {
            return delegate.getIncidentHandlerType();
        }

        @Override
        public Incident handleIncident(IncidentContext context, String message) {
            Incident incident = delegate.handleIncident(context, message);
            alerts.getObject().raised(incident);
            return incident;
        }

        @Override
        public void resolveIncident(IncidentContext context) {
            if (!noIncidentPossible(context)) {
                delegate.resolveIncident(context);
            }
        }

        @Override
        public void deleteIncident(IncidentContext context) {
            if (!noIncidentPossible(context)) {
                delegate.deleteIncident(context);
            }
        }
    }

    /**
     * The engine looks for a failed-job incident whenever it deletes a job: each unit's submission deletes its two
     * deadline timers, each executed job deletes itself. A job with retries left has no such incident (one is
     * raised when the retries run out, and resolved when they are given back), so the look-up is skipped for a
     * job this command has loaded.
     */
    private static boolean noIncidentPossible(IncidentContext context) {
        CommandContext command = Context.getCommandContext();
        if (command == null || context.getConfiguration() == null) {
            return false;
        }
        JobEntity job = command.getDbEntityManager().getCachedEntity(JobEntity.class, context.getConfiguration());
        return job != null && job.getRetries() > 0;
    }
}
