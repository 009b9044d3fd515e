package vn.dangbo.baocao;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * One application context for every integration test (a context costs ~30 s): the real server on a random
 * port, the demo organisation, PostgreSQL (embedded, or TEST_DATABASE_URL); SQL statements counted per thread
 * ({@link SqlStatements}). The job executor is off: a test runs the engine's jobs itself with {@link Jobs}
 * (nothing races it, and a failing job fails the test at once).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = Application.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles({"demo", "test"})
@Import(SqlStatements.Wiring.class)
public @interface IntegrationTest {}
