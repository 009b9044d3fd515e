package vn.dangbo.baocao.operations;

import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.BATCH_END;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.BATCH_START;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.BATCH_UPDATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.INCIDENT_CREATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.INCIDENT_DELETE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.INCIDENT_MIGRATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.INCIDENT_RESOLVE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.INCIDENT_UPDATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.JOB_FAIL;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.PROCESS_INSTANCE_END;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.PROCESS_INSTANCE_MIGRATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.PROCESS_INSTANCE_START;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.PROCESS_INSTANCE_UPDATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.TASK_INSTANCE_COMPLETE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.TASK_INSTANCE_CREATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.TASK_INSTANCE_DELETE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.TASK_INSTANCE_MIGRATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.TASK_INSTANCE_UPDATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.USER_OPERATION_LOG;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.springframework.stereotype.Component;

/**
 * The engine's history level {@value #NAME} (decision 0010): the engine keeps the history that Cockpit's
 * search, the operators and history cleanup use — process instances, user tasks, incidents, failed jobs,
 * batches and operators' operations — and leaves out what only repeats our audit trail on every step
 * (activity instances, variables and their updates, candidate groups, every job's creation and deletion).
 * Selected by {@code camunda.bpm.history-level}; V14 moves an existing database to it.
 */
@Component
class LeanHistory extends AbstractProcessEnginePlugin {

    /** Stored by the engine in ACT_GE_PROPERTY (historyLevel); the built-in levels are 0–3. */
    static final int ID = 15;

    static final String NAME = "baocao";

    static final HistoryLevel LEVEL = new AbstractHistoryLevel() {

        private final Set<HistoryEventType> produced = Set.of(
                PROCESS_INSTANCE_START,
                PROCESS_INSTANCE_UPDATE,
                PROCESS_INSTANCE_MIGRATE,
                PROCESS_INSTANCE_END,
                TASK_INSTANCE_CREATE,
                TASK_INSTANCE_UPDATE,
                TASK_INSTANCE_MIGRATE,
                TASK_INSTANCE_COMPLETE,
                TASK_INSTANCE_DELETE,
                INCIDENT_CREATE,
                INCIDENT_MIGRATE,
                INCIDENT_DELETE,
                INCIDENT_RESOLVE,
                INCIDENT_UPDATE,
                JOB_FAIL,
                BATCH_START,
                BATCH_UPDATE,
                BATCH_END,
                USER_OPERATION_LOG);

        @Override
        public int getId() {
            return ID;
        }

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
            return produced.contains(eventType);
        }
    };

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryLevel> levels = new ArrayList<>();
        if (configuration.getCustomHistoryLevels() != null) {
            levels.addAll(configuration.getCustomHistoryLevels());
        }
        levels.add(LEVEL);
        configuration.setCustomHistoryLevels(levels);
    }
}
