package vn.dangbo.baocao.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.baocao.identity.Actor;

/** The machine, the database and the memory of this process. */
final class Machine {

    private Machine() {
    }

    static Map<String, Object> describe(DataSource dataSource) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("cpu", cpuModel());
        map.put("cores", Runtime.getRuntime().availableProcessors());
        map.put("memTotal", procLine("/proc/meminfo", "MemTotal:"));
        map.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        map.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        map.put("jvmArgs", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-X")).toList());
        map.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        map.put("loadAverageAtStart", loadAverage());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select version()")) {
                rs.next();
                map.put("postgres", rs.getString(1));
            }
            for (String setting : List.of("fsync", "synchronous_commit", "shared_buffers", "max_connections")) {
                try (ResultSet rs = s.executeQuery("show " + setting)) {
                    rs.next();
                    map.put("pg." + setting, rs.getString(1));
                }
            }
            map.put("database", c.getMetaData().getURL().replaceAll("password=[^&]*", "password=…"));
        } catch (Exception e) {
            map.put("postgres", "unknown: " + e.getMessage());
        }
        return map;
    }

    static Map<String, Object> memory() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("heapUsedMbAfterGc", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
        map.put("heapCommittedMb", rt.totalMemory() / (1024 * 1024));
        map.put("heapMaxMb", rt.maxMemory() / (1024 * 1024));
        map.put("processRss", procLine("/proc/self/status", "VmRSS:"));
        map.put("processPeakRss", procLine("/proc/self/status", "VmHWM:"));
        return map;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /**
     * The unit's finished tasks in the engine's history. The lean history level keeps no historic identity links,
     * so they are found through the unit's organisation's reports (the heavy organisation has one unit).
     */
    static long finishedTasks(ApplicationContext context, Actor unit) {
        return context.getBean(JdbcClient.class)
                .sql("""
                        select count(*) from act_hi_taskinst t join report r on r.process_instance_id = t.proc_inst_id_
                        where r.organisation_id = ? and t.end_time_ is not null""")
                .param(unit.organisationId())
                .query(Long.class)
                .single();
    }

    private static String cpuModel() {
        String line = procLine("/proc/cpuinfo", "model name");
        return line.contains(":") ? line.substring(line.indexOf(':') + 1).trim() : line;
    }

    private static String procLine(String file, String prefix) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(prefix))
                    .map(l -> l.substring(prefix.length()).trim()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
