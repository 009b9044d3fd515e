package vn.dangbo.baocao.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements each thread executes (benchmark only): the application's DataSource is wrapped in
 * a proxy. When a thread is {@link #trace tracing}, it also keeps each statement's text, parameters and time.
 */
final class SqlCounter implements BeanPostProcessor {

    record Executed(String sql, Map<Integer, Object> params, long nanos) {
    }

    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);
    private static final ThreadLocal<List<Executed>> TRACE = new ThreadLocal<>();

    static long count() {
        return COUNT.get()[0];
    }

    static void trace(boolean on) {
        TRACE.set(on ? new ArrayList<>() : null);
    }

    static List<Executed> traced() {
        List<Executed> list = TRACE.get();
        return list == null ? List.of() : list;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass())) {
            return wrap(ds);
        }
        return bean;
    }

    static DataSource wrap(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[]{DataSource.class, AutoCloseable.class},
                (p, m, a) -> {
                    if (m.getName().equals("close")) {
                        if (target instanceof AutoCloseable c) {
                            c.close();
                        }
                        return null;
                    }
                    Object result = invoke(target, m, a);
                    return result instanceof Connection c ? connection(c) : result;
                });
    }

    private static Connection connection(Connection target) {
        return (Connection) Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[]{Connection.class},
                (p, m, a) -> {
                    if (m.getName().equals("unwrap") || m.getName().equals("isWrapperFor")) {
                        return invoke(target, m, a);
                    }
                    Object result = invoke(target, m, a);
                    if (result instanceof CallableStatement cs && m.getName().equals("prepareCall")) {
                        return statement(cs, CallableStatement.class, (String) a[0]);
                    }
                    if (result instanceof PreparedStatement ps && m.getName().equals("prepareStatement")) {
                        return statement(ps, PreparedStatement.class, (String) a[0]);
                    }
                    if (result instanceof Statement st && m.getName().equals("createStatement")) {
                        return statement(st, Statement.class, null);
                    }
                    return result;
                });
    }

    private static Object statement(Statement target, Class<?> type, String sql) {
        Map<Integer, Object> params = new TreeMap<>();
        InvocationHandler handler = (p, m, a) -> {
            String n = m.getName();
            if (n.startsWith("set") && a != null && a.length >= 2 && a[0] instanceof Integer i) {
                params.put(i, a[1]);
            }
            if (n.startsWith("execute")) {
                COUNT.get()[0]++;
                long start = System.nanoTime();
                try {
                    return invoke(target, m, a);
                } finally {
                    List<Executed> trace = TRACE.get();
                    if (trace != null) {
                        String text = sql != null ? sql : a != null && a.length > 0 ? String.valueOf(a[0]) : "?";
                        trace.add(new Executed(text, new TreeMap<>(params), System.nanoTime() - start));
                    }
                }
            }
            if (n.equals("clearParameters")) {
                params.clear();
            }
            return invoke(target, m, a);
        };
        return Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[]{type}, handler);
    }

    private static Object invoke(Object target, Method m, Object[] a) throws Throwable {
        try {
            return m.invoke(target, a);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
