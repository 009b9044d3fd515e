package vn.dangbo.baocao;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the current thread executes, ours and the engine's alike: the application's
 * DataSource is wrapped so that every statement's execute* is seen. Query-count tests call a service on the
 * test thread inside {@link #count}.
 */
public final class SqlStatements {

    private static final ThreadLocal<List<String>> EXECUTED = new ThreadLocal<>();

    private SqlStatements() {}

    /** The statements {@code action} executed on this thread, in order. */
    public static List<String> count(Runnable action) {
        return counted(() -> {
                    action.run();
                    return null;
                })
                .statements();
    }

    public record Counted<T>(T result, List<String> statements) {}

    public static <T> Counted<T> counted(Supplier<T> action) {
        List<String> executed = new ArrayList<>();
        EXECUTED.set(executed);
        try {
            T result = action.get();
            return new Counted<>(result, List.copyOf(executed));
        } finally {
            EXECUTED.remove();
        }
    }

    /** Imported by {@link IntegrationTest}, so every integration test shares one context. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Wiring {
        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource ds && !(bean instanceof Counting) ? new Counting(ds) : bean;
                }
            };
        }
    }

    private static final class Counting extends DelegatingDataSource {
        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return connection(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return connection(super.getConnection(username, password));
        }
    }

    private static Connection connection(Connection target) {
        return (Connection) Proxy.newProxyInstance(
                SqlStatements.class.getClassLoader(), new Class<?>[] {Connection.class}, (p, m, a) -> {
                    Object result = invoke(target, m, a);
                    if (result instanceof Statement statement
                            && m.getName().matches("prepareStatement|prepareCall|createStatement")) {
                        String sql = a != null && a.length > 0 && a[0] instanceof String s ? s : null;
                        return statement(statement, sql);
                    }
                    return result;
                });
    }

    private static Object statement(Statement target, String sql) {
        List<Class<?>> types = new ArrayList<>();
        for (Class<?> type :
                List.of(java.sql.CallableStatement.class, java.sql.PreparedStatement.class, Statement.class)) {
            if (type.isInstance(target)) {
                types.add(type);
                break;
            }
        }
        return Proxy.newProxyInstance(
                SqlStatements.class.getClassLoader(), types.toArray(Class<?>[]::new), (p, m, a) -> {
                    if (m.getName().startsWith("execute")) {
                        List<String> executed = EXECUTED.get();
                        if (executed != null) {
                            String text = sql != null ? sql : a != null && a.length > 0 ? String.valueOf(a[0]) : "?";
                            executed.add(text.replaceAll("\\s+", " ").strip());
                        }
                    }
                    return invoke(target, m, a);
                });
    }

    private static Object invoke(Object target, Method m, Object[] a) throws Throwable {
        try {
            return m.invoke(target, a);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
