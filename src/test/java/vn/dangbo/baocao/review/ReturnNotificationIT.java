package vn.dangbo.baocao.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;
import vn.dangbo.baocao.TestCommune;

/** A returned part reaches the unit: a notice in the bell, and the comment signed with the office's full name. */
@IntegrationTest
class ReturnNotificationIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void aReturnNotifiesEveryUserOfTheUnitAndNoOneElse() {
        Scenario s = new Scenario(port, TestCommune.create(context).prefix());
        long id = s.openReport(2026, 9);
        s.writeAll("ubnd", id, "Bản đầu");
        s.submit("ubnd", id);

        s.review(id, "ubnd", "RETURN", "Cần bổ sung trước ngày 20.\n[C.I.1] Bổ sung số hồ sơ tiếp nhận.");

        List<JsonNode> returned = notices(s, "ubnd").stream()
                .filter(n -> n.get("kind").asText().equals("RETURNED"))
                .toList();
        assertThat(returned).hasSize(1);
        assertThat(returned.get(0).get("reportId").asLong()).isEqualTo(id);
        assertThat(returned.get(0).get("text").asText())
                .startsWith("Phần báo cáo \"")
                .contains("đã bị trả lại để sửa (Trần Thị Mai): Cần bổ sung trước ngày 20. "
                        + "Mục C.I.1: Bổ sung số hồ sơ tiếp nhận.")
                .doesNotContain("[C.I.1]");
        assertThat(notices(s, "congan")).noneMatch(n -> n.get("kind").asText().equals("RETURNED"));
        assertThat(s.as("ubnd")
                        .get("/api/notifications/unread-count")
                        .json()
                        .get("unread")
                        .asLong())
                .isGreaterThanOrEqualTo(1);

        String taskId = s.task("ubnd", id, "CONTRIBUTE", null).get("id").asText();
        JsonNode comment = s.as("ubnd").get("/api/tasks/" + taskId).json().get("lastComment");
        assertThat(comment.get("authorName").asText()).isEqualTo("Trần Thị Mai");
    }

    private static List<JsonNode> notices(Scenario s, String user) {
        return StreamSupport.stream(s.as(user).get("/api/notifications").json().spliterator(), false)
                .toList();
    }
}
