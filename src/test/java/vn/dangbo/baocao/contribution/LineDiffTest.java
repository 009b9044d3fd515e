package vn.dangbo.baocao.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangbo.baocao.contribution.LineDiff.Kind;
import vn.dangbo.baocao.contribution.LineDiff.Line;

class LineDiffTest {

    @Test
    void changedLineShowsAsRemovedThenAdded() {
        assertThat(LineDiff.of("Mở đầu\n15 hồ sơ\nKết luận", "Mở đầu\n17 hồ sơ\nKết luận\nBổ sung"))
                .containsExactly(
                        new Line(Kind.SAME, "Mở đầu"),
                        new Line(Kind.REMOVED, "15 hồ sơ"),
                        new Line(Kind.ADDED, "17 hồ sơ"),
                        new Line(Kind.SAME, "Kết luận"),
                        new Line(Kind.ADDED, "Bổ sung"));
    }

    @Test
    void emptyBeforeIsAllAdded() {
        assertThat(LineDiff.of("", "a\nb")).containsExactly(new Line(Kind.ADDED, "a"), new Line(Kind.ADDED, "b"));
        assertThat(LineDiff.of("a", "a")).isEqualTo(List.of(new Line(Kind.SAME, "a")));
    }
}
