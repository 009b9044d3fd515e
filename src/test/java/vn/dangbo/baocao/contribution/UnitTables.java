package vn.dangbo.baocao.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.Scenario;
import vn.dangbo.baocao.TestCommune;

/**
 * A template with both features of issue 13: a part the office writes with one paragraph from the school (an
 * item with its own owner), and a list of projects every chi bộ fills (a unit table), merged without names.
 */
public final class UnitTables {

    public static final String TEMPLATE = """
            id: du-an
            title: Báo cáo tình hình dự án
            subject: ["Tình hình thực hiện các dự án", "{period}"]
            closing: Trên đây là báo cáo {period}, {organisation} trân trọng báo cáo./.
            sections:
              - code: A
                heading: KẾT QUẢ CHUNG
                owner: office
                items:
                  - {code: A.1, heading: Tình hình chung}
                  - code: A.2
                    heading: Giáo dục
                    owner: role:truong
                  - {code: A.3, heading: Đánh giá chung}
              - code: B
                heading: CÁC DỰ ÁN
                owner: each
                unitNames: false
                items:
                  - code: B.1
                    heading: Danh sách dự án
                    unitTables:
                      - code: projects
                        title: "Danh sách dự án năm {year}"
                        unitHeader: Chi bộ
                        columns:
                          - {key: name, label: Tên dự án, type: text}
                          - {key: budget, label: Kinh phí, type: money, unit: đồng, sum: true}
                          - {key: planned, label: Hạng mục kế hoạch, sum: true}
                          - {key: done, label: Hạng mục hoàn thành, sum: true}
                          - {key: rate, label: Tỷ lệ, type: percent, formula: done / planned * 100}
            """;

    private UnitTables() {}

    /** A commune with the template only, its chi bộ ubnd and truong (the school, bound to role truong). */
    public static TestCommune commune(org.springframework.context.ApplicationContext context) {
        return TestCommune.in(context)
                .chiBo("ubnd", "truong")
                .templates(TEMPLATE)
                .create();
    }

    /** Opens the month's report: ubnd and truong take part, truong holds the role of the school. */
    public static long open(Scenario s, TestCommune commune, int month) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("templateId", "du-an");
        body.put("period", Map.of("kind", "MONTH", "year", 2026, "number", month));
        body.put("deadline", Instant.now().plus(Duration.ofDays(7)).toString());
        body.put("assignments", Map.of("truong", "truong"));
        body.put("participants", List.of("ubnd", "truong"));
        body.put("signerUsername", commune.user("bithu"));
        ApiClient.Response response = s.as("vanphong").post("/api/reports", body);
        assertThat(response.status())
                .as(response.detail() + " " + response.json())
                .isEqualTo(201);
        return response.json().get("id").asLong();
    }

    /** A row of the projects table as typed. */
    public static Map<String, Object> project(String name, String budget, String planned, String done) {
        return Map.of("name", name, "budget", budget, "planned", planned, "done", done);
    }
}
