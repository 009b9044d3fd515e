package vn.dangbo.baocao.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RootCauseTest {

    @Test
    void innermostCauseWithoutItsExceptionClass() {
        String trace = """
                org.camunda.bpm.engine.ProcessEnginePersistenceException: An exception occurred in the persistence layer.
                \tat org.camunda.bpm.engine.impl.util.ExceptionUtil.wrapPersistenceException(ExceptionUtil.java:340)
                Caused by: org.apache.ibatis.exceptions.PersistenceException: Error querying database.
                \tat org.apache.ibatis.exceptions.ExceptionFactory.wrapException(ExceptionFactory.java:30)
                Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "k"
                \tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2904)
                """;
        assertThat(RootCause.of(trace)).hasValue("ERROR: duplicate key value violates unique constraint \"k\"");
    }

    @Test
    void noCauseNoAnswer() {
        assertThat(RootCause.of("java.lang.IllegalStateException: boom\n\tat x.y(Z.java:1)"))
                .isEmpty();
        assertThat(RootCause.of(null)).isEmpty();
    }
}
