package vn.dangbo.baocao.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dangbo.baocao.contribution.SectionView;
import vn.dangbo.baocao.contribution.SectionView.IndicatorView;
import vn.dangbo.baocao.contribution.SectionView.ItemView;

/** Empty figures do not pass review silently: every typed figure left blank is named, computed ones aside. */
class BlankFiguresTest {

    private static final List<IndicatorView> FIGURES = List.of(
            new IndicatorView("received", "Tổng số hồ sơ tiếp nhận", "INTEGER", "hồ sơ", false),
            new IndicatorView("on_time", "Số hồ sơ đúng hạn", "INTEGER", "hồ sơ", false),
            new IndicatorView("rate", "Tỷ lệ đúng hạn", "PERCENT", null, true));

    private static SectionView section(Map<String, String> typed) {
        return new SectionView(
                "C.I",
                "ĐỐI VỚI CHI BỘ UBND",
                "role:ubnd",
                "ubnd",
                "Chi bộ UBND",
                List.of(
                        new ItemView("C.I.1", "Cải cách hành chính", "", true, "Có nội dung", typed, Map.of(), FIGURES),
                        new ItemView("C.I.2", "Chuyển đổi số", "", true, "Có nội dung", Map.of(), Map.of(), List.of())),
                1,
                null,
                null);
    }

    @Test
    void everyBlankTypedFigureIsNamedAndComputedOnesAreNot() {
        assertThat(SubmissionReview.blankFigures(List.of(section(Map.of()))))
                .containsExactly(Map.entry("C.I/C.I.1", List.of("Tổng số hồ sơ tiếp nhận", "Số hồ sơ đúng hạn")));
        assertThat(SubmissionReview.blankFigures(List.of(section(Map.of("received", "1.235", "on_time", " ")))))
                .containsExactly(Map.entry("C.I/C.I.1", List.of("Số hồ sơ đúng hạn")));
    }

    @Test
    void aPartWithEveryFigureTypedHasNothingBlank() {
        assertThat(SubmissionReview.blankFigures(List.of(section(Map.of("received", "10", "on_time", "9")))))
                .isEmpty();
    }
}
