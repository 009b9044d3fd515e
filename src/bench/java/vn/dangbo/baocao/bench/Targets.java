package vn.dangbo.baocao.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Issue 8's targets, evaluated (reported, never asserted). */
final class Targets {

    private Targets() {
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> evaluate(Map<String, Stats> m, Map<String, Object> results) {
        List<Map<String, Object>> list = new ArrayList<>();
        double inbox = Math.max(m.get("inbox.chiBo").p95(), m.get("inbox.office").p95());
        add(list, "inbox p95 (chi bộ and office) < 50 ms", inbox, "ms", inbox < 50);
        add(list, "progress board p95 < 50 ms", m.get("progress.report").p95(), "ms",
                m.get("progress.report").p95() < 50);
        add(list, "submission p95 under the burst < 150 ms", m.get("burst.submit").p95(), "ms",
                m.get("burst.submit").p95() < 150);
        add(list, "burst errors = 0", m.get("burst.submit").errors(), "", m.get("burst.submit").errors() == 0);
        double ratio = m.get("lifecycle").throughput() / m.get("camunda.startComplete").throughput();
        add(list, "lifecycle throughput ≥ 0.5 × raw Camunda", Stats.ratio(ratio), "×", ratio >= 0.5);
        double docx = m.get("docx.render").p50();
        add(list, ".docx of a full report < 200 ms (p50, warm)", docx, "ms", docx < 200);
        double docxRatio = docx / m.get("poi.plain").p50();
        add(list, ".docx ≤ 2 × unstyled POI", docxRatio, "×", docxRatio <= 2);
        Map<String, Object> register = (Map<String, Object>) results.get("register");
        long bad = ((Number) register.get("duplicates")).longValue() + ((Number) register.get("gaps")).longValue();
        add(list, "register: 0 duplicates and 0 gaps", bad, "", bad == 0);
        double heavy = m.get("inbox.heavyUnit").p95();
        add(list, "inbox of a unit with 500 open / 50,000 finished tasks < 300 ms (p95)", heavy, "ms", heavy < 300);
        Map<String, Object> round = (Map<String, Object>) results.get("round");
        double board = m.get("round.board").p95();
        add(list, "round board p95 < 100 ms at " + round.get("communes") + " communes", board, "ms", board < 100);
        double months = m.get("round.aggregate.allMonths").p95();
        add(list, "province-wide aggregate over " + round.get("communes") + " communes × " + round.get("rounds")
                + " months < 1 s (p95)", months, "ms", months < 1000);
        Map<String, Object> memory = (Map<String, Object>) results.get("memoryAfterSeed");
        long heap = ((Number) memory.get("heapUsedMbAfterGc")).longValue();
        add(list, "runs in a 512 MB heap (used after GC, after the seed)", heap, "MB",
                heap < 512 && ((Number) memory.get("heapMaxMb")).longValue() <= 512);
        return list;
    }

    private static void add(List<Map<String, Object>> list, String target, double value, String unit, boolean met) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("target", target);
        map.put("value", Math.abs(value) < 1 && value != 0 ? Stats.ratio(value) : Stats.round(value));
        map.put("unit", unit);
        map.put("met", met);
        list.add(map);
    }
}
