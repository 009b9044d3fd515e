package vn.dangbo.baocao.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateYearlyTest {

    private final ReportTemplate yearly = Templates.load("bao-cao-nam.yml");

    @Test
    void yearlyTemplateHasSevenRomanPartsWithoutUnitRoles() {
        assertThat(yearly.id()).isEqualTo("nq57-nam");
        assertThat(yearly.subject()).last().isEqualTo("năm {year}");
        assertThat(yearly.sections())
                .extracting(TemplateSection::label)
                .containsExactly("I.", "II.", "III.", "IV.", "V.", "VI.", "VII.");
        assertThat(yearly.roleKeys()).isEmpty();
        assertThat(yearly.contentSections())
                .allSatisfy(s -> assertThat(s.owner().kind()).isIn(SectionOwner.Kind.OFFICE, SectionOwner.Kind.EACH));
        assertThat(yearly.hasEachSections()).isTrue();
    }

    @Test
    void tasksTableShowsComputedRatesPerBody() {
        IndicatorTable table = yearly.tables().stream()
                .filter(t -> t.code().equals("tasks_by_body"))
                .findFirst()
                .orElseThrow();
        ReportCheck check = IndicatorCheck.checkAll(
                yearly,
                Map.of(
                        "I.3",
                        Map.of(
                                "party_tasks_assigned",
                                "18",
                                "party_tasks_done",
                                "18",
                                "committee_tasks_assigned",
                                "34",
                                "committee_tasks_done",
                                "33")));
        assertThat(check.consistent()).isTrue();
        List<List<String>> grid = table.grid(check.display());
        assertThat(grid.get(0)).containsExactly("Cơ quan", "Nhiệm vụ được giao", "Đã hoàn thành", "Tỷ lệ");
        assertThat(grid.get(1)).containsExactly("Đảng ủy xã", "18", "18", "100%");
        assertThat(grid.get(2)).containsExactly("Hội đồng nhân dân xã", "", "", "—");
        assertThat(grid.get(3)).containsExactly("Ủy ban nhân dân xã", "34", "33", "97,1%");
    }

    @Test
    void moneyIsGroupedInDong() {
        CheckResult r = IndicatorCheck.check(
                yearly.item("IV.1").orElseThrow(),
                Map.of("budget_allocated", "2.500.000.000", "budget_disbursed", "500.000.000"));
        assertThat(r.display())
                .containsEntry("budget_allocated", "2.500.000.000")
                .containsEntry("budget_disbursed_rate", "20%");
    }
}
