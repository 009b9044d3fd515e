package vn.dangbo.baocao.operations;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
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
            delegate.resolveIncident(context);
        }

        @Override
        public void deleteIncident(IncidentContext context) {
            delegate.deleteIncident(context);
        }
    }
}
