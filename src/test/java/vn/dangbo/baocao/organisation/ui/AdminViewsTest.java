package vn.dangbo.baocao.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.CurrentActor;
import vn.dangbo.baocao.identity.Organisation;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.identity.Unit;
import vn.dangbo.baocao.identity.UnitKind;
import vn.dangbo.baocao.organisation.OrganisationAdmin;
import vn.dangbo.baocao.organisation.OrganisationKind;
import vn.dangbo.baocao.organisation.UnitSummary;
import vn.dangbo.baocao.organisation.UserSummary;
import vn.dangbo.baocao.organisation.Vocabularies;
import vn.dangbo.baocao.organisation.Vocabulary;

/** The screens list what the service returns and show the signed-in user's account. */
class AdminViewsTest {

    private final OrganisationAdmin admin = mock(OrganisationAdmin.class);
    private final CurrentActor current = mock(CurrentActor.class);
    private final Actor actor = new Actor(
            1,
            "bithu",
            "Phạm Văn Thắng",
            new Organisation(
                    1,
                    "xuan-hung",
                    "ĐẢNG ỦY XÃ XUÂN HƯNG",
                    "ĐẢNG BỘ TỈNH NINH BÌNH",
                    "Xuân Hưng",
                    "ĐU",
                    "Đảng ủy xã Xuân Hưng",
                    LocalDate.of(2025, 7, 1)),
            new Unit(2, 1, "btv", "Ban Thường vụ Đảng ủy", UnitKind.LEADERSHIP),
            Set.of(Role.LEADERSHIP),
            "BÍ THƯ");

    @Test
    void unitAndUserListsShowEveryRowOfTheService() {
        when(current.get()).thenReturn(actor);
        when(admin.units(any()))
                .thenReturn(List.of(
                        new UnitSummary("vpdu", "Văn phòng Đảng ủy", UnitKind.OFFICE, true, 2),
                        new UnitSummary("cu", "Chi bộ cũ", UnitKind.CHI_BO, false, 0)));
        when(admin.users(any()))
                .thenReturn(List.of(new UserSummary(
                        "bithu",
                        "Phạm Văn Thắng",
                        "btv",
                        "Ban Thường vụ Đảng ủy",
                        Set.of(Role.LEADERSHIP),
                        "BÍ THƯ",
                        true)));

        assertThat(grid(new UnitsView(admin, current)).getGenericDataView().getItems())
                .hasSize(2);
        assertThat(grid(new UsersView(admin, current, mock(Vocabularies.class)))
                        .getGenericDataView()
                        .getItems())
                .extracting(u -> ((UserSummary) u).username())
                .containsExactly("bithu");
    }

    @Test
    void accountShowsNameUnitRolesAndTitle() {
        when(current.get()).thenReturn(actor);

        List<String> texts = descendants(new AccountView(admin, current))
                .filter(Span.class::isInstance)
                .map(c -> ((Span) c).getText())
                .toList();

        assertThat(texts).contains("bithu", "Phạm Văn Thắng", "Ban Thường vụ Đảng ủy", "Lãnh đạo", "BÍ THƯ");
    }

    @Test
    void vocabularyScreenShowsTheOrganisationsWordsAndOffersTheDefaultsOfAKind() {
        Vocabularies vocabularies = mock(Vocabularies.class);
        when(current.get()).thenReturn(actor);
        when(vocabularies.get(any())).thenReturn(Vocabulary.defaults(OrganisationKind.PARTY_COMMITTEE));
        when(vocabularies.defaults(OrganisationKind.PEOPLES_COMMITTEE))
                .thenReturn(Vocabulary.defaults(OrganisationKind.PEOPLES_COMMITTEE));

        VocabularyView view = new VocabularyView(vocabularies, current);
        assertThat(view.unit.getValue()).isEqualTo("chi bộ");
        assertThat(view.authority.getValue()).isEqualTo("T/M BAN THƯỜNG VỤ");
        assertThat(view.positions.getValue()).isEqualTo("BÍ THƯ\nPHÓ BÍ THƯ");

        view.kind.setValue(OrganisationKind.PEOPLES_COMMITTEE);
        descendants(view)
                .filter(c -> c.getId().filter("vocabulary-defaults"::equals).isPresent())
                .map(c -> (com.vaadin.flow.component.button.Button) c)
                .findFirst()
                .orElseThrow()
                .click();

        assertThat(view.unit.getValue()).isEqualTo("phòng, ban");
        assertThat(view.office.getValue()).isEqualTo("Văn phòng HĐND và UBND");
        assertThat(view.leadership.getValue()).isEqualTo("Thường trực UBND");
        assertThat(view.authority.getValue()).isEqualTo("TM. ỦY BAN NHÂN DÂN");
        assertThat(view.positions.getValue()).isEqualTo("CHỦ TỊCH\nPHÓ CHỦ TỊCH");
    }

    private static Grid<?> grid(Component view) {
        return descendants(view)
                .filter(Grid.class::isInstance)
                .map(c -> (Grid<?>) c)
                .findFirst()
                .orElseThrow();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(AdminViewsTest::descendants));
    }
}
