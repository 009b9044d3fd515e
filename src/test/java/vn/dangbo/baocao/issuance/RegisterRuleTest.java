package vn.dangbo.baocao.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegisterRuleTest {

    private final RegisterSetting midTerm =
            new RegisterSetting("ĐU", "BC", LocalDate.of(2025, 7, 1), 47, "vanphong", null);

    @Test
    void stateProfileStartsTheRegisterAgainEveryFirstOfJanuary() {
        RegisterRule rule = new RegisterRule(FormatProfiles.load("state-30").registerRestart());
        assertThat(rule.start(midTerm, LocalDate.of(2025, 12, 31))).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(rule.start(midTerm, LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(rule.firstNumber(midTerm, LocalDate.of(2025, 12, 31))).isEqualTo(47);
        assertThat(rule.firstNumber(midTerm, LocalDate.of(2026, 1, 1))).isEqualTo(1);
    }

    @Test
    void partyProfileKeepsOneRegisterForTheWholeTerm() {
        RegisterRule rule = new RegisterRule(FormatProfiles.party().registerRestart());
        assertThat(rule.start(midTerm, LocalDate.of(2025, 8, 1))).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(rule.start(midTerm, LocalDate.of(2029, 3, 5))).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(rule.firstNumber(midTerm, LocalDate.of(2029, 3, 5))).isEqualTo(47);
    }

    @Test
    void stateSymbolHasTwoDigitsAtLeast() {
        assertThat(FormatProfiles.load("state-30").symbol(1, "BC", "UBND")).isEqualTo("01/BC-UBND");
        assertThat(FormatProfiles.party().symbol(123, "BC", "ĐU")).isEqualTo("123-BC/ĐU");
    }

    @Test
    void searchIgnoresCaseAndVietnameseMarks() {
        IssuedDocument doc = new IssuedDocument(
                1,
                1,
                5,
                "05-BC/ĐU",
                "Báo cáo tháng 4 năm 2026 về Nghị quyết 57",
                LocalDate.of(2026, 4, 30),
                null,
                "05-BC-DU-2026-04-30.docx",
                "a".repeat(64),
                false,
                null);
        assertThat(RegisterSearch.matching("bao cao THANG 4").test(doc)).isTrue();
        assertThat(RegisterSearch.matching("5").test(doc)).isTrue();
        assertThat(RegisterSearch.matching("05").test(doc)).isTrue();
        assertThat(RegisterSearch.matching("bc/du").test(doc)).isTrue();
        assertThat(RegisterSearch.matching("6").test(doc)).isFalse();
        assertThat(RegisterSearch.matching("kế hoạch").test(doc)).isFalse();
    }
}
