package vn.dangbo.baocao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnchoredCommentTest {

    @Test
    void commentsAttachedToSectionsSurviveTheCommentText() {
        String body = AnchoredComment.compose(List.of(
                new AnchoredComment(null, "Cần ngắn gọn hơn."),
                new AnchoredComment("D", "Viết lại phần đánh giá chung."),
                new AnchoredComment("C.I.1", "Số liệu hồ sơ chưa khớp.\nKiểm tra lại tổng số."),
                new AnchoredComment("E", "   ")));

        assertThat(body)
                .isEqualTo("Cần ngắn gọn hơn.\n[D] Viết lại phần đánh giá chung.\n"
                        + "[C.I.1] Số liệu hồ sơ chưa khớp.\nKiểm tra lại tổng số.");
        assertThat(AnchoredComment.parse(body))
                .containsExactly(
                        new AnchoredComment(null, "Cần ngắn gọn hơn."),
                        new AnchoredComment("D", "Viết lại phần đánh giá chung."),
                        new AnchoredComment("C.I.1", "Số liệu hồ sơ chưa khớp.\nKiểm tra lại tổng số."));
    }

    @Test
    void aPlainCommentIsOneGeneralComment() {
        assertThat(AnchoredComment.parse("Viết lại phần đánh giá chung cho ngắn gọn."))
                .containsExactly(new AnchoredComment(null, "Viết lại phần đánh giá chung cho ngắn gọn."));
        assertThat(AnchoredComment.parse("")).isEmpty();
    }
}
