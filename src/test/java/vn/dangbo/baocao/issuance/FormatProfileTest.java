package vn.dangbo.baocao.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dangbo.baocao.issuance.FormatProfile.Alignment;
import vn.dangbo.baocao.issuance.FormatProfile.RegisterRestart;

class FormatProfileTest {

    private final FormatProfile party = FormatProfiles.party();
    private final FormatProfile state = FormatProfiles.load("state-30");

    @Test
    void partySymbolHasHyphenThenSlashAndTwoDigits() {
        assertThat(party.symbol(1, "BC", "ĐU")).isEqualTo("01-BC/ĐU");
        assertThat(party.symbol(47, "BC", "ĐU")).isEqualTo("47-BC/ĐU");
        assertThat(party.symbol(123, "KH", "ĐU")).isEqualTo("123-KH/ĐU");
        assertThat(party.numberLine("47-BC/ĐU")).isEqualTo("Số 47-BC/ĐU");
    }

    @Test
    void stateSymbolHasSlashThenHyphenAndNumberLineHasColon() {
        assertThat(state.symbol(12, "BC", "UBND")).isEqualTo("12/BC-UBND");
        assertThat(state.symbol(3, "BC", "UBND")).isEqualTo("03/BC-UBND");
        assertThat(state.numberLine("12/BC-UBND")).isEqualTo("Số: 12/BC-UBND");
    }

    @Test
    void numberMustBePositive() {
        assertThatThrownBy(() -> party.symbol(0, "BC", "ĐU")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void placeDatePadsDaysBelowTenAndOnlyJanuaryAndFebruary() {
        assertThat(party.placeDate("Xuân Hưng", LocalDate.of(2026, 2, 5)))
                .isEqualTo("Xuân Hưng, ngày 05 tháng 02 năm 2026");
        assertThat(party.placeDate("Xuân Hưng", LocalDate.of(2026, 4, 15)))
                .isEqualTo("Xuân Hưng, ngày 15 tháng 4 năm 2026");
        assertThat(party.placeDate("Xuân Hưng", LocalDate.of(2026, 1, 9)))
                .isEqualTo("Xuân Hưng, ngày 09 tháng 01 năm 2026");
        assertThat(party.placeDate("Xuân Hưng", LocalDate.of(2026, 3, 1)))
                .isEqualTo("Xuân Hưng, ngày 01 tháng 3 năm 2026");
        assertThat(party.placeDate("Xuân Hưng", LocalDate.of(2026, 12, 31)))
                .isEqualTo("Xuân Hưng, ngày 31 tháng 12 năm 2026");
    }

    @Test
    void draftPlaceDateLeavesDayMonthAndYearBlank() {
        assertThat(party.placeDate("Xuân Hưng", null))
                .isEqualTo("Xuân Hưng, ngày " + party.draft().blank() + " tháng "
                        + party.draft().blank() + " năm " + party.draft().blank())
                .doesNotContainPattern("[0-9]");
    }

    @Test
    void partyRegisterRunsOnForTheTermAndStateRegisterRestartsYearly() {
        assertThat(party.registerRestart()).isEqualTo(RegisterRestart.TERM);
        assertThat(state.registerRestart()).isEqualTo(RegisterRestart.YEAR);
    }

    @Test
    void partyProfileHoldsTheOfficialPageAndFonts() {
        assertThat(party.page().widthTwips()).isEqualTo(11906);
        assertThat(party.page().heightTwips()).isEqualTo(16838);
        assertThat(party.page().marginsMm()).isEqualTo(new FormatProfile.Margins(20, 20, 30, 15));
        assertThat(party.page().headerDistanceMm()).isEqualTo(10);
        assertThat(party.fontFamily()).isEqualTo("Times New Roman");
    }

    @Test
    void partyProfileHoldsTheMastheadStyles() {
        var m = party.masthead();
        assertThat(m.superiorBody()).isEqualTo(new FormatProfile.TextStyle(14, false, false, true, false));
        assertThat(m.issuer()).isEqualTo(new FormatProfile.TextStyle(14, true, false, true, false));
        assertThat(m.issuerMark().text()).isEqualTo("*");
        assertThat(m.issuerMark().rule()).isFalse();
        assertThat(m.number().size()).isEqualTo(14);
        assertThat(m.nationalTitle()).singleElement().satisfies(line -> {
            assertThat(line.text()).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM");
            assertThat(line.style().size()).isEqualTo(15);
            assertThat(line.style().bold()).isTrue();
        });
        assertThat(m.placeDate()).isEqualTo(new FormatProfile.TextStyle(14, false, true, false, false));
    }

    @Test
    void partyProfileHoldsTitleBodyAndHeadingStyles() {
        assertThat(party.title().documentType().size()).isBetween(15.0, 16.0);
        assertThat(party.title().documentType().bold()).isTrue();
        assertThat(party.title().subject().size()).isBetween(14.0, 15.0);
        assertThat(party.title().separator()).isEqualTo("-----");
        var body = party.body();
        assertThat(body.text().size()).isEqualTo(14);
        assertThat(body.alignment()).isEqualTo(Alignment.JUSTIFIED);
        assertThat(body.firstLineIndentMm()).isEqualTo(10);
        assertThat(body.spaceAfterPt()).isGreaterThanOrEqualTo(6);
        assertThat(body.lineSpacingExactPt()).isEqualTo(18);
        assertThat(party.headingStyle(0).caps()).isTrue();
        assertThat(party.headingStyle(0).bold()).isTrue();
        assertThat(party.headingStyle(1).bold()).isTrue();
        assertThat(party.headingStyle(1).caps()).isFalse();
        assertThat(party.headingStyle(2).bold()).isFalse();
        assertThat(party.headingStyle(5)).isEqualTo(party.headingStyle(2));
    }

    @Test
    void partyProfileHoldsRecipientsSignaturePageNumbersAndDraft() {
        var s = party.signatureBlock();
        assertThat(s.recipientsLabel()).isEqualTo("Nơi nhận:");
        assertThat(s.recipientsLabelStyle().underline()).isTrue();
        assertThat(s.recipientsLabelStyle().size()).isEqualTo(14);
        assertThat(s.recipientLine().size()).isEqualTo(12);
        assertThat(s.authority().bold()).isTrue();
        assertThat(s.title().bold()).isFalse();
        assertThat(s.signatureEmptyLines()).isEqualTo(4);
        assertThat(s.name().bold()).isTrue();
        assertThat(party.pageNumbers().style().size()).isEqualTo(14);
        assertThat(party.pageNumbers().onFirstPage()).isFalse();
        assertThat(party.draft().stamp()).isEqualTo("DỰ THẢO");
    }

    @Test
    void stateProfileUsesBoldItalicRecipientsLabelAndTwoTitleLines() {
        assertThat(state.signatureBlock().recipientsLabelStyle())
                .isEqualTo(new FormatProfile.TextStyle(12, true, true, false, false));
        assertThat(state.masthead().nationalTitle())
                .extracting(FormatProfile.Line::text)
                .containsExactly("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
        assertThat(state.masthead().issuerMark().rule()).isTrue();
    }

    @Test
    void abbreviationsComeFromTheProfile() {
        assertThat(party.typeAbbreviation("Báo cáo")).contains("BC");
        assertThat(party.typeAbbreviation("Chương trình")).contains("CTr");
        assertThat(party.issuerCode("Đảng ủy xã Xuân Hưng")).contains("ĐU");
        assertThat(party.issuerCode("Chi bộ thôn Đông")).contains("CB");
        assertThat(state.issuerCode("Ủy ban nhân dân xã Xuân Hưng")).contains("UBND");
    }

    @Test
    void unknownOrMalformedProfileNamesAreRejected() {
        assertThatThrownBy(() -> FormatProfiles.load("party-99"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("party-99");
        assertThatThrownBy(() -> FormatProfiles.load("../secret")).isInstanceOf(IllegalArgumentException.class);
    }
}
