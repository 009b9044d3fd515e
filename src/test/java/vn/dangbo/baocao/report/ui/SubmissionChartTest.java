package vn.dangbo.baocao.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangbo.baocao.report.ProgressBoard;
import vn.dangbo.baocao.report.ReportStatus;
import vn.dangbo.baocao.report.UnitStatus;

class SubmissionChartTest {

    private static final Instant DEADLINE = Instant.parse("2026-05-10T10:00:00Z");

    @Test
    void theLineCountsUnitsAndAResubmissionIsAPointOfItsOwn() {
        ProgressBoard board = new ProgressBoard(
                1,
                "Báo cáo",
                ReportStatus.COLLECTING,
                "Đang thu thập",
                DEADLINE,
                Instant.parse("2026-05-09T00:00:00Z"),
                List.of(unit("ubnd", "Chi bộ UBND"), unit("congan", "Chi bộ Công an"), unit("truong", "Chi bộ Trường")),
                List.of(
                        new ProgressBoard.Submission("congan", "b", Instant.parse("2026-05-06T00:00:00Z")),
                        new ProgressBoard.Submission("ubnd", "a", Instant.parse("2026-05-05T00:00:00Z")),
                        new ProgressBoard.Submission("ubnd", "a", Instant.parse("2026-05-08T00:00:00Z"))),
                null);

        ObjectNode data = SubmissionChart.data(board);

        assertThat(data.get("total").asInt()).isEqualTo(3);
        assertThat(data.get("deadline").asLong()).isEqualTo(DEADLINE.toEpochMilli());
        assertThat(data.get("points")).hasSize(3);
        assertThat(data.get("points").get(0).get("label").asText()).isEqualTo("Chi bộ UBND");
        assertThat(data.get("points").get(1).get("n").asInt()).isEqualTo(2);
        assertThat(data.get("points").get(2).get("n").asInt()).isEqualTo(2);
        assertThat(data.get("points").get(2).get("label").asText()).isEqualTo("Chi bộ UBND (nộp lại)");
        assertThat(data.get("labels").get("deadline").asText()).isEqualTo("Hạn nộp");
    }

    private static ProgressBoard.UnitProgress unit(String code, String name) {
        return new ProgressBoard.UnitProgress(
                code, name, List.of(code), UnitStatus.DRAFTING, "Đang soạn", null, null, null, DEADLINE, false, 1);
    }
}
