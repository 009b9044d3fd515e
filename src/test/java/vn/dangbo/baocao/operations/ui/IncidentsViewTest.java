package vn.dangbo.baocao.operations.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
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
import vn.dangbo.baocao.operations.IncidentService;
import vn.dangbo.baocao.operations.IncidentSummary;

/** The incidents screen lists what the service returns, or says there is none. */
class IncidentsViewTest {

    private final IncidentService incidents = mock(IncidentService.class);
    private final CurrentActor current = mock(CurrentActor.class);
    private final Actor admin = new Actor(
            1,
            "admin",
            "Quản trị hệ thống",
            new Organisation(
                    1,
                    "xuan-hung",
                    "ĐẢNG ỦY XÃ XUÂN HƯNG",
                    "ĐẢNG BỘ TỈNH NINH BÌNH",
                    "Xuân Hưng",
                    "ĐU",
                    "Đảng ủy xã Xuân Hưng",
                    LocalDate.of(2025, 7, 1)),
            new Unit(2, 1, "vpdu", "Văn phòng Đảng ủy", UnitKind.OFFICE),
            Set.of(Role.ADMIN),
            null);

    @Test
    void listsTheIncidentsOfTheService() {
        when(current.get()).thenReturn(admin);
        when(incidents.incidents(any()))
                .thenReturn(List.of(new IncidentSummary(
                        "i-1",
                        7L,
                        "Báo cáo tháng 4",
                        "Ban hành",
                        "issue",
                        "An exception occurred in the persistence layer.",
                        "ERROR: duplicate key",
                        Instant.parse("2026-04-30T03:00:00Z"),
                        true)));

        IncidentsView view = new IncidentsView(incidents, current);

        Grid<?> grid = (Grid<?>)
                descendants(view).filter(Grid.class::isInstance).findFirst().orElseThrow();
        assertThat(grid.isVisible()).isTrue();
        assertThat(grid.getGenericDataView().getItems())
                .extracting(i -> ((IncidentSummary) i).id())
                .containsExactly("i-1");
        assertThat(noneText(view).isVisible()).isFalse();
    }

    @Test
    void saysWhenThereIsNone() {
        when(current.get()).thenReturn(admin);
        when(incidents.incidents(any())).thenReturn(List.of());

        IncidentsView view = new IncidentsView(incidents, current);

        assertThat(noneText(view).getText()).isEqualTo("Không có sự cố nào.");
        assertThat(noneText(view).isVisible()).isTrue();
    }

    private static Span noneText(Component view) {
        return (Span) descendants(view)
                .filter(c -> c.getId().filter("incidents-none"::equals).isPresent())
                .findFirst()
                .orElseThrow();
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(IncidentsViewTest::descendants));
    }
}
