package vn.dangbo.baocao.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** The statements one inbox call runs, their times, and the plan of the slowest (EXPLAIN ANALYZE). */
final class InboxProfile {

    private InboxProfile() {
    }

    static Map<String, Object> of(DataSource dataSource, Runnable inboxCall) {
        inboxCall.run();
        SqlCounter.trace(true);
        inboxCall.run();
        List<SqlCounter.Executed> executed = new ArrayList<>(SqlCounter.traced());
        SqlCounter.trace(false);
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("statements", executed.size());
        List<Map<String, Object>> list = new ArrayList<>();
        for (SqlCounter.Executed e : executed) {
            list.add(Map.of("ms", Stats.round(e.nanos() / 1e6), "sql", oneLine(e.sql(), 240)));
        }
        map.put("each", list);
        executed.stream().max(Comparator.comparingLong(SqlCounter.Executed::nanos)).ifPresent(slowest -> {
            map.put("slowestSql", oneLine(slowest.sql(), 4000));
            map.put("slowestPlan", explain(dataSource, slowest));
        });
        return map;
    }

    private static List<String> explain(DataSource dataSource, SqlCounter.Executed statement) {
        List<String> plan = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("explain (analyze, buffers) " + statement.sql())) {
            for (Map.Entry<Integer, Object> p : statement.params().entrySet()) {
                ps.setObject(p.getKey(), p.getValue());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plan.add(rs.getString(1));
                }
            }
        } catch (Exception e) {
            plan.add("EXPLAIN failed: " + e.getMessage());
        }
        return plan;
    }

    private static String oneLine(String sql, int max) {
        String s = sql.replaceAll("\\s+", " ").trim();
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }
}
