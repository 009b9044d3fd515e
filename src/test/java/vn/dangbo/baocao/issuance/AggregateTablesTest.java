package vn.dangbo.baocao.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dangbo.baocao.template.TemplateAggregate;
import vn.dangbo.baocao.template.TemplateAggregate.Column;

class AggregateTablesTest {

    private static final TemplateAggregate TASKS = new TemplateAggregate(
            "nhiem-vu",
            "Nhiệm vụ",
            null,
            "Cơ quan, đơn vị",
            "Tổng cộng",
            List.of(
                    new Column("assigned", "Được giao", List.of("tasks_assigned", "ca_tasks_assigned"), null, false),
                    new Column(
                            "completed", "Hoàn thành", List.of("tasks_completed", "ca_tasks_completed"), null, false),
                    new Column("rate", "Tỷ lệ", List.of(), "completed / assigned * 100", true)));

    @Test
    void eachUnitGetsARowFromItsOwnKeysAndTheTotalRecomputesTheRateFromTheSums() {
        var table = AggregateTables.table(
                        TASKS,
                        List.of(
                                unit("Chi bộ Ủy ban nhân dân xã", Map.of("tasks_assigned", 34, "tasks_completed", 34)),
                                unit("Chi bộ Công an xã", Map.of("ca_tasks_assigned", 12, "ca_tasks_completed", 11))))
                .orElseThrow();

        assertThat(table.header()).containsExactly("Cơ quan, đơn vị", "Được giao", "Hoàn thành", "Tỷ lệ");
        assertThat(table.rows())
                .containsExactly(
                        List.of("Chi bộ Ủy ban nhân dân xã", "34", "34", "100%"),
                        List.of("Chi bộ Công an xã", "12", "11", "91,7%"),
                        List.of("Tổng cộng", "46", "45", "97,8%"));
    }

    @Test
    void aUnitThatReportedNoneOfTheFiguresHasNoRowAndNoFiguresMeansNoTable() {
        var table = AggregateTables.table(
                        TASKS,
                        List.of(
                                unit("Chi bộ Trường", Map.of("other", 5)),
                                unit("Chi bộ Công an xã", Map.of("ca_tasks_assigned", 0, "ca_tasks_completed", 0))))
                .orElseThrow();
        assertThat(table.rows())
                .containsExactly(List.of("Chi bộ Công an xã", "0", "0", ""), List.of("Tổng cộng", "0", "0", ""));
        assertThat(AggregateTables.table(TASKS, List.of(unit("Chi bộ Trường", Map.of()))))
                .isEmpty();
    }

    private static AggregateTables.UnitFigures unit(String name, Map<String, Integer> values) {
        Map<String, BigDecimal> decimals = new java.util.HashMap<>();
        values.forEach((k, v) -> decimals.put(k, BigDecimal.valueOf(v)));
        return new AggregateTables.UnitFigures(name, decimals);
    }
}
