package vn.dangbo.baocao.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Nodes of one installation started together on an empty database would each create the engine's tables, the
 * bootstrap organisation and the engine's identities, and all but one would fail. Each start therefore holds a
 * PostgreSQL advisory lock from before the migrations until it is ready (after the bootstrap and the identity
 * sync): starts run one after another, and a node that dies while starting releases the lock with its
 * connection. {@link FlywayBeforeCamunda} orders the migrations after this bean.
 */
@Component(StartupLock.BEAN)
class StartupLock implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

    static final String BEAN = "startupLock";
    /** "baocao" in ASCII: an advisory lock key nothing else uses. */
    private static final long KEY = 0x62616f63616fL;

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

    private Connection connection;

    StartupLock(DataSource dataSource) throws SQLException {
        connection = dataSource.getConnection();
        long start = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_lock(" + KEY + ")");
        }
        long waitedMs = (System.nanoTime() - start) / 1_000_000;
        if (waitedMs > 1000) {
            log.info("Waited {} ms for another node of this installation to finish starting", waitedMs);
        }
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        release();
    }

    @Override
    public void destroy() {
        release();
    }

    private synchronized void release() {
        if (connection == null) {
            return;
        }
        try (Connection held = connection;
                Statement statement = held.createStatement()) {
            statement.execute("select pg_advisory_unlock(" + KEY + ")");
        } catch (SQLException e) {
            log.warn("The start-up lock was released with its connection: {}", e.getMessage());
        } finally {
            connection = null;
        }
    }
}
