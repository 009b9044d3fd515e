package vn.dangbo.baocao.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.Violation;

/** The words of each kind of organisation, their checks, and the texts that speak them. */
class VocabularyTest {

    private static final Vocabulary PARTY = Vocabulary.defaults(OrganisationKind.PARTY_COMMITTEE);
    private static final Vocabulary PEOPLE = Vocabulary.defaults(OrganisationKind.PEOPLES_COMMITTEE);

    @AfterEach
    void backToTheDefaultWords() {
        Messages.speakWith(() -> null, id -> null);
    }

    @Test
    void eachKindHasItsOwnDefaults() {
        assertThat(PARTY)
                .isEqualTo(new Vocabulary(
                        OrganisationKind.PARTY_COMMITTEE,
                        "chi bộ",
                        "Văn phòng Đảng ủy",
                        "Ban Thường vụ",
                        "T/M BAN THƯỜNG VỤ",
                        List.of("BÍ THƯ", "PHÓ BÍ THƯ")));
        assertThat(PEOPLE.authority()).isEqualTo("TM. ỦY BAN NHÂN DÂN");
        assertThat(PEOPLE.positions()).containsExactly("CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        assertThat(PEOPLE.words())
                .containsEntry("Unit", "Phòng, ban")
                .containsEntry("office", "Văn phòng HĐND và UBND");
        assertThat(PARTY.positionChoices()).isEqualTo("BÍ THƯ hoặc PHÓ BÍ THƯ");
        assertThat(new Vocabulary(
                                OrganisationKind.PEOPLES_COMMITTEE,
                                "bộ phận",
                                "x",
                                "y",
                                "TM. ỦY BAN NHÂN DÂN",
                                List.of("CHỦ TỊCH", "PHÓ CHỦ TỊCH", "ỦY VIÊN"))
                        .positionChoices())
                .isEqualTo("CHỦ TỊCH, PHÓ CHỦ TỊCH hoặc ỦY VIÊN");
    }

    @Test
    void textsSpeakTheActingOrganisationsWordsAndThePartysWithoutOne() {
        assertThat(Messages.get("ui.open.participants")).isEqualTo("Các chi bộ tham gia");
        assertThat(Messages.get("error.open.unitUnknown", "x")).isEqualTo("Không có chi bộ \"x\".");
        assertThat(Messages.get("signature.authority.standingCommittee")).isEqualTo("T/M BAN THƯỜNG VỤ");

        Messages.speakWith(PEOPLE::words, id -> id == 7 ? PEOPLE.words() : PARTY.words());

        assertThat(Messages.get("ui.open.participants")).isEqualTo("Các phòng, ban tham gia");
        assertThat(Messages.get("unit.kind.CHI_BO")).isEqualTo("Phòng, ban");
        assertThat(Messages.get("error.draft.forbidden"))
                .isEqualTo("Chỉ Văn phòng HĐND và UBND và lãnh đạo được xem toàn bộ dự thảo;"
                        + " phòng, ban xem phần của mình trong công việc được giao.");
        assertThat(Messages.get("notification.reminder", "Báo cáo tháng 5", "20/05/2026 17:00"))
                .isEqualTo("Nhắc hạn: phần báo cáo \"Báo cáo tháng 5\" của phòng, ban cần nộp trước 20/05/2026 17:00.");
        assertThat(Messages.in(8, "ui.open.participants")).isEqualTo("Các chi bộ tham gia");
        assertThat(Messages.in(7, "error.open.signer"))
                .isEqualTo("Người ký phải là một đồng chí trong Thường trực UBND.");
        assertThat(Messages.get("signature.authority.standingCommittee")).isEqualTo("TM. ỦY BAN NHÂN DÂN");
        assertThat(Messages.get("ui.inbox.title"))
                .as("texts without words unchanged")
                .isEqualTo("Hộp công việc");
    }

    @Test
    void aFailingSourceOfWordsNeverBreaksAText() {
        Messages.speakWith(
                () -> {
                    throw new IllegalStateException("no database");
                },
                id -> null);
        assertThat(Messages.get("ui.open.participants")).isEqualTo("Các chi bộ tham gia");
    }

    @Test
    void authorityTakesEveryFormOfTheSignatureWordsOnly() {
        for (String ok : List.of(
                "T/M BAN THƯỜNG VỤ",
                "TM. ỦY BAN NHÂN DÂN",
                "KT. CHỦ TỊCH",
                "TL. CHỦ TỊCH",
                "TUQ. CHỦ TỊCH",
                "Q. CHỦ TỊCH")) {
            List<Violation> problems = new ArrayList<>();
            assertThat(VocabularyRules.authority(ok, problems)).isEqualTo(ok);
            assertThat(problems).as(ok).isEmpty();
        }
        List<Violation> problems = new ArrayList<>();
        assertThat(VocabularyRules.authority("  tm. ủy ban nhân dân ", problems))
                .isEqualTo("TM. ỦY BAN NHÂN DÂN");
        VocabularyRules.authority("ỦY BAN NHÂN DÂN", problems);
        VocabularyRules.authority("TM.", problems);
        assertThat(problems).extracting(Violation::field).containsExactly("authority", "authority");
        assertThat(problems.get(0).message()).startsWith("Thẩm quyền ký phải bắt đầu bằng T/M, TM., KT.");
    }

    @Test
    void positionsAreUpperCaseDistinctAndAtLeastOne() {
        List<Violation> problems = new ArrayList<>();
        assertThat(VocabularyRules.positions(Arrays.asList(" chủ tịch", "", null, "PHÓ CHỦ TỊCH"), problems))
                .containsExactly("CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        assertThat(problems).isEmpty();
        VocabularyRules.positions(List.of("CHỦ TỊCH", "chủ tịch"), problems);
        VocabularyRules.positions(List.of(" "), problems);
        assertThat(problems).extracting(Violation::field).containsExactly("positions", "positions");
    }

    @Test
    void wordsMayNotChangeTheMessagesTheyGoInto() {
        List<Violation> problems = new ArrayList<>();
        assertThat(VocabularyRules.word("unit", " bộ phận ", 64, problems)).isEqualTo("bộ phận");
        VocabularyRules.word("unit", "{0}", 64, problems);
        VocabularyRules.word("office", "Văn phòng 'A'", 128, problems);
        VocabularyRules.word("leadership", " ", 128, problems);
        assertThat(problems).extracting(Violation::field).containsExactly("unit", "office", "leadership");
    }
}
