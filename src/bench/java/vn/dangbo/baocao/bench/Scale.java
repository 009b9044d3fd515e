package vn.dangbo.baocao.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** The size of a run: -Dbench.scale=small|default|full, each figure overridable (-Dbench.orgs=...). */
record Scale(String name, int orgs, int months, int concurrency, int heavyOpen, int heavyFinished,
             int camundaInstances, int registerIssues, int repeat, int roundMonths) {

    static Scale fromProperties() {
        String name = System.getProperty("bench.scale", "default");
        Scale base = switch (name) {
            case "small" -> new Scale(name, 3, 1, 32, 30, 100, 200, 1000, 30, 1);
            case "full" -> new Scale(name, 100, 12, 32, 500, 50_000, 2000, 1000, 200, 12);
            default -> new Scale("default", 100, 3, 32, 500, 5000, 1000, 1000, 200, 3);
        };
        return new Scale(name, get("bench.orgs", base.orgs), get("bench.months", base.months),
                get("bench.concurrency", base.concurrency), get("bench.heavyOpen", base.heavyOpen),
                get("bench.heavyFinished", base.heavyFinished), get("bench.camundaInstances", base.camundaInstances),
                get("bench.registerIssues", base.registerIssues), get("bench.repeat", base.repeat),
                get("bench.roundMonths", base.roundMonths));
    }

    private static int get(String property, int fallback) {
        return Integer.getInteger(property, fallback);
    }

    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", name);
        map.put("organisations", orgs);
        map.put("chiBoPerOrganisation", 10);
        map.put("months", months);
        map.put("concurrency", concurrency);
        map.put("heavyUnitOpenTasks", heavyOpen);
        map.put("heavyUnitFinishedTasks", heavyFinished);
        map.put("camundaBaselineInstances", camundaInstances);
        map.put("registerIssues", registerIssues);
        map.put("repeatPerReadMeasurement", repeat);
        map.put("roundMonths", roundMonths);
        return map;
    }
}
