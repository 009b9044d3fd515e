package vn.dangbo.baocao.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndicatorCheckTest {

    private final ReportTemplate monthly = Templates.load("nq57-thang.yml");
    private final TemplateItem tthc = monthly.item("C.I.1").orElseThrow();
    private final TemplateItem tasks = monthly.item("C.I.2").orElseThrow();

    private static Map<String, String> raw(String... pairs) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }

    @Test
    void readsVietnameseNumbersAndShowsThemBack() {
        CheckResult r = IndicatorCheck.check(
                tthc, raw("received", "1.235", "business_dvctt_rate", "99,6%", "on_time", "1.200"));
        assertThat(r.errors()).isEmpty();
        assertThat(r.normalized()).containsEntry("received", "1235").containsEntry("business_dvctt_rate", "99.6");
        assertThat(r.display()).containsEntry("received", "1.235").containsEntry("business_dvctt_rate", "99,6%");
    }

    @Test
    void computesRatesRoundedToOneDecimal() {
        CheckResult r = IndicatorCheck.check(
                tthc,
                raw(
                        "received",
                        "5808",
                        "received_full_online",
                        "5700",
                        "received_partial_online",
                        "87",
                        "received_direct",
                        "21"));
        assertThat(r.broken()).isEmpty();
        assertThat(r.display()).containsEntry("received_online", "5.787").containsEntry("online_rate", "99,6%");
        assertThat(r.normalized()).containsEntry("online_rate", "99.6");
    }

    @Test
    void divisionByZeroShowsADash() {
        CheckResult r = IndicatorCheck.check(
                tthc,
                raw(
                        "received",
                        "0",
                        "received_full_online",
                        "0",
                        "received_partial_online",
                        "0",
                        "received_direct",
                        "0"));
        assertThat(r.display()).containsEntry("online_rate", "—");
        assertThat(r.normalized()).doesNotContainKey("online_rate");
        assertThat(r.broken()).isEmpty();
    }

    @Test
    void computedValuesWithMissingInputsAreEmptyAndRulesWait() {
        CheckResult r = IndicatorCheck.check(tthc, raw("on_time", "10"));
        assertThat(r.display()).containsEntry("online_rate", "—");
        assertThat(r.broken()).isEmpty();
    }

    @Test
    void brokenRulesCarryTheirMessageAndKeys() {
        CheckResult r = IndicatorCheck.check(
                tthc,
                raw(
                        "tthc_total",
                        "100",
                        "tthc_full_online",
                        "50",
                        "tthc_partial_online",
                        "30",
                        "tthc_direct",
                        "10",
                        "received",
                        "20",
                        "on_time",
                        "25"));
        assertThat(r.errors()).isEmpty();
        assertThat(r.broken())
                .extracting(FieldError::field)
                .containsExactly("tthc_full_online,tthc_partial_online,tthc_direct,tthc_total", "on_time,received");
        assertThat(r.broken().get(1).message())
                .isEqualTo("Số hồ sơ xử lý đúng hạn không được lớn hơn tổng số hồ sơ tiếp nhận.");
    }

    @Test
    void taskCountsMustAddUpAndRatesFollow() {
        CheckResult ok = IndicatorCheck.check(
                tasks,
                raw(
                        "tasks_assigned",
                        "34",
                        "tasks_completed_on_time",
                        "30",
                        "tasks_completed_late",
                        "4",
                        "tasks_in_progress",
                        "0",
                        "tasks_overdue",
                        "0"));
        assertThat(ok.broken()).isEmpty();
        assertThat(ok.display())
                .containsEntry("tasks_completed", "34")
                .containsEntry("tasks_completed_rate", "100%")
                .containsEntry("tasks_overdue_rate", "0%");
        CheckResult bad = IndicatorCheck.check(
                tasks,
                raw(
                        "tasks_assigned",
                        "34",
                        "tasks_completed_on_time",
                        "30",
                        "tasks_completed_late",
                        "0",
                        "tasks_in_progress",
                        "0",
                        "tasks_overdue",
                        "0"));
        assertThat(bad.broken())
                .singleElement()
                .satisfies(e -> assertThat(e.message()).contains("phải bằng tổng số nhiệm vụ"));
    }

    @Test
    void unreadableValuesAreErrorsInVietnamese() {
        CheckResult r = IndicatorCheck.check(
                tthc, raw("received", "nhiều", "on_time", "1,5", "received_late", "-1", "business_dvctt_rate", "120"));
        assertThat(r.errors())
                .extracting(FieldError::field)
                .containsExactly("received", "on_time", "received_late", "business_dvctt_rate");
        assertThat(r.errors())
                .extracting(FieldError::message)
                .containsExactly(
                        "\"Tổng số hồ sơ tiếp nhận trong kỳ báo cáo\" phải là một số (ví dụ 1.235 hoặc 99,6).",
                        "\"Tổng số hồ sơ xử lý đúng hạn\" phải là số nguyên.",
                        "\"Tổng số hồ sơ chậm được tiếp nhận\" không được nhỏ hơn 0.",
                        "\"Tỷ lệ DVCTT liên quan đến doanh nghiệp\" không được lớn hơn 100.");
        assertThat(r.readable()).isFalse();
    }

    @Test
    void cumulativeAddsEarlierPeriodsToThisOne() {
        assertThat(Cumulative.total(
                        new BigDecimal("807"),
                        List.of(new BigDecimal("1200"), new BigDecimal("1900"), new BigDecimal("1901"))))
                .isEqualByComparingTo("5808");
        assertThat(Cumulative.total(null, List.of(BigDecimal.ONE))).isNull();
    }

    @Test
    void cumulativeIndicatorsUseEarlierIssuedReportsSinceTheirStartDate() {
        List<Cumulative.EarlierReport> earlier = List.of(
                new Cumulative.EarlierReport(
                        LocalDate.of(2025, 6, 1), Map.of("received", "9999", "received_online", "9999")),
                new Cumulative.EarlierReport(
                        LocalDate.of(2026, 1, 1), Map.of("received", "1200", "received_online", "1190")),
                new Cumulative.EarlierReport(
                        LocalDate.of(2026, 2, 1), Map.of("received", "1900", "received_online", "1895")),
                new Cumulative.EarlierReport(
                        LocalDate.of(2026, 3, 1), Map.of("received", "1901", "received_online", "1895")));
        Map<String, List<BigDecimal>> carried = Cumulative.earlier(tthc, earlier);
        assertThat(carried.get("received_cumulative")).hasSize(3);
        CheckResult r = IndicatorCheck.check(
                tthc,
                raw(
                        "received",
                        "807",
                        "received_full_online",
                        "791",
                        "received_partial_online",
                        "16",
                        "received_direct",
                        "0"),
                carried);
        assertThat(r.normalized())
                .containsEntry("received_cumulative", "5808")
                .containsEntry("received_online_cumulative", "5787");
        assertThat(r.display())
                .containsEntry("received_cumulative", "5.808")
                .containsEntry("online_rate_cumulative", "99,6%");
    }

    @Test
    void storedValuesCheckTheSameAsTyped() {
        CheckResult typed = IndicatorCheck.check(tthc, raw("received", "1.235", "business_dvctt_rate", "99,6"));
        CheckResult stored = IndicatorCheck.checkStored(tthc, typed.normalized(), Map.of());
        assertThat(stored.normalized()).isEqualTo(typed.normalized());
        assertThat(stored.display()).isEqualTo(typed.display());
    }

    @Test
    void checkAllCoversEveryItemWithIndicators() {
        ReportCheck all = IndicatorCheck.checkAll(
                monthly,
                Map.of(
                        "C.I.1", raw("on_time", "30", "received", "20"),
                        "B.1", raw("party_members_total", "40", "participants", "38")));
        assertThat(all.items()).containsKeys("B.1", "B.2", "C.I.1", "C.I.2", "C.II.1", "C.II.2", "C.III.2", "C.III.5");
        assertThat(all.broken()).extracting(FieldError::field).containsExactly("on_time,received");
        assertThat(all.display()).containsEntry("participation_rate", "95%");
        assertThat(all.consistent()).isFalse();
    }

    @Test
    void moneyAndDatesAreReadAndShown() {
        TemplateItem item = TemplateParser.parse("""
                id: t
                title: T
                subject: S
                sections:
                  - code: A
                    heading: A
                    owner: office
                    items:
                      - code: A.1
                        heading: Kinh phí
                        indicators:
                          - {key: budget, label: Kinh phí, type: money, unit: đồng}
                          - {key: spent, label: Đã chi, type: money}
                          - {key: spent_rate, label: Tỷ lệ, type: percent, formula: spent / budget * 100}
                          - {key: signed_on, label: Ngày ký, type: date}
                          - {key: note, label: Ghi chú, type: text}
                          - {key: ratio, label: Hệ số, type: decimal}
                """).item("A.1").orElseThrow();
        CheckResult r = IndicatorCheck.check(
                item,
                raw(
                        "budget",
                        "2.500.000.000đ",
                        "spent",
                        "500.000.000 đồng",
                        "signed_on",
                        "5/2/2026",
                        "note",
                        " Không ",
                        "ratio",
                        "1,25"));
        assertThat(r.errors()).isEmpty();
        assertThat(r.display())
                // the declared unit "đồng" follows the value: the currency is not written twice
                .containsEntry("budget", "2.500.000.000")
                .containsEntry("spent", "500.000.000 đ")
                .containsEntry("spent_rate", "20%")
                .containsEntry("signed_on", "05/02/2026")
                .containsEntry("note", "Không")
                .containsEntry("ratio", "1,25");
        assertThat(r.normalized()).containsEntry("budget", "2500000000").containsEntry("signed_on", "2026-02-05");
        CheckResult bad = IndicatorCheck.check(item, raw("signed_on", "31/02/2026", "budget", "1,5"));
        assertThat(bad.errors()).extracting(FieldError::field).containsExactly("budget", "signed_on");
    }
}
