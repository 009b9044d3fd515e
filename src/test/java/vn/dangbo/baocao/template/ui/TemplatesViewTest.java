package vn.dangbo.baocao.template.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.HasText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Violation;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.CurrentActor;
import vn.dangbo.baocao.identity.Organisation;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.identity.Unit;
import vn.dangbo.baocao.identity.UnitKind;
import vn.dangbo.baocao.template.TemplateCatalog;
import vn.dangbo.baocao.template.TemplateCatalog.StoredTemplate;
import vn.dangbo.baocao.template.TemplateParser;

class TemplatesViewTest {

    private final TemplateCatalog catalog = mock(TemplateCatalog.class);
    private final CurrentActor current = mock(CurrentActor.class);
    private final vn.dangbo.baocao.template.OutlineImport importer =
            mock(vn.dangbo.baocao.template.OutlineImport.class);

    TemplatesViewTest() throws IOException {
        Organisation org = new Organisation(
                1, "x", "ĐẢNG ỦY XÃ X", "ĐẢNG BỘ TỈNH Y", "X", "ĐU", "Đảng ủy xã X", LocalDate.of(2025, 7, 1));
        when(current.get())
                .thenReturn(new Actor(
                        1,
                        "vanphong",
                        "Văn phòng",
                        org,
                        new Unit(1, 1, "vpdu", "Văn phòng Đảng ủy", UnitKind.OFFICE),
                        Set.of(Role.OFFICE),
                        null));
        String source;
        try (InputStream in = getClass().getResourceAsStream("/templates/nq57-thang.yml")) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StoredTemplate v1 = new StoredTemplate(10, "nq57-thang", 1, "Báo cáo tháng", source);
        StoredTemplate v2 = new StoredTemplate(
                11,
                "nq57-thang",
                2,
                "Báo cáo tháng",
                source.replace("ĐỐI VỚI CHI BỘ ỦY BAN NHÂN DÂN XÃ", "ĐỐI VỚI CHI BỘ UBND (BẢN 2)"));
        when(catalog.latest(anyLong())).thenReturn(List.of(v2));
        when(catalog.versions(anyLong(), eq("nq57-thang"))).thenReturn(List.of(v2, v1));
        when(catalog.template(any(StoredTemplate.class)))
                .thenAnswer(a -> TemplateParser.parse(((StoredTemplate) a.getArgument(0)).source()));
    }

    // held here because Vaadin keeps the current UI only weakly: a GC in the middle of a test would drop it
    private com.vaadin.flow.component.UI ui;

    @org.junit.jupiter.api.BeforeEach
    void ui() {
        ui = new com.vaadin.flow.component.UI();
        com.vaadin.flow.component.UI.setCurrent(ui);
    }

    @org.junit.jupiter.api.AfterEach
    void noUi() {
        com.vaadin.flow.component.UI.setCurrent(null);
    }

    private static String text(TemplatesView view) {
        StringBuilder all = new StringBuilder();
        view.outline
                .getChildren()
                .map(c -> c instanceof HasText t ? t.getText() : "")
                .forEach(t -> all.append(t).append('\n'));
        return all.toString();
    }

    @Test
    void selectingATemplateShowsItsLatestVersionAsAnOutlineAndOlderVersionsOnRequest() {
        TemplatesView view = new TemplatesView(catalog, current, importer);
        view.list.select(view.list.getGenericDataView().getItems().findFirst().orElseThrow());
        assertThat(view.versions.getValue().version()).isEqualTo(2);
        assertThat(text(view))
                .contains(
                        "ĐỐI VỚI CHI BỘ UBND (BẢN 2)",
                        "Người viết: Chi bộ phụ trách: ubnd",
                        "Người viết: Mỗi chi bộ",
                        "Quy tắc: «Tổng số hồ sơ xử lý đúng hạn» ≤");

        view.versions.setValue(view.versions.getListDataView().getItem(1));
        assertThat(text(view))
                .contains("Phiên bản 1", "ĐỐI VỚI CHI BỘ ỦY BAN NHÂN DÂN XÃ")
                .doesNotContain("BẢN 2");
    }

    @Test
    void refusedUploadListsEveryProblemWithItsPath() {
        when(catalog.upload(any(), eq("id: x")))
                .thenThrow(AppException.invalid(
                        List.of(
                                new Violation("sections[2].owner", "Người viết không hợp lệ: \"role:\"."),
                                new Violation(
                                        "sections[3].items[0].indicators[1].formula",
                                        "Công thức nhắc đến chỉ tiêu chưa khai báo: \"abc\".")),
                        "error.template.invalid",
                        2));
        TemplatesView view = new TemplatesView(catalog, current, importer);
        view.uploaded("id: x");
        assertThat(view.problems.isVisible()).isTrue();
        assertThat(view.problems.getGenericDataView().getItems().map(Violation::field))
                .containsExactly("sections[2].owner", "sections[3].items[0].indicators[1].formula");
    }
}
