package vn.dangbo.baocao.operations;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each node locks the engine's jobs under a name of its own that survives its restarts (APP_NODE_NAME, by default
 * host:port). A node that died holding jobs (kill -9 right after an approval, say) gets them back when it starts
 * again, before its job executor runs: issuing resumes at once instead of after the lock time. Only this node's
 * own name is released, so a node never takes the jobs of another one that is still working; those wait for
 * their lock to expire (docs/operations.md). The engine has no call for this, hence the one statement on its
 * job table.
 */
@Component
@Order(1)
class NodeJobLocks extends AbstractProcessEnginePlugin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NodeJobLocks.class);

    private final String nodeName;
    private final ObjectProvider<JdbcClient> jdbc;

    NodeJobLocks(
            @Value("${app.node-name:}") String configured,
            @Value("${server.port:8080}") int port,
            ObjectProvider<JdbcClient> jdbc) {
        this.nodeName = configured.isBlank() ? host() + ":" + port : configured.strip();
        this.jdbc = jdbc;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getJobExecutor() != null) {
            configuration.getJobExecutor().setLockOwner(nodeName);
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        int released = jdbc.getObject()
                .sql("update act_ru_job set lock_owner_ = null, lock_exp_time_ = null" + " where lock_owner_ = ?")
                .param(nodeName)
                .update();
        if (released > 0) {
            log.info("Node {}: {} jobs locked before its restart are free to run again", nodeName, released);
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
