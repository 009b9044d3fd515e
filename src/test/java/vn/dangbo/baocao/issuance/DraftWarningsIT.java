package vn.dangbo.baocao.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;
import vn.dangbo.baocao.TestCommune;

/** The draft names the units missing from a total and the items whose figures a unit left blank. */
@IntegrationTest
class DraftWarningsIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    DraftWarnings warnings;

    @Test
    void aTotalOfOneUnitNamesTheUnitsMissingFromIt() {
        TestCommune commune = TestCommune.create(context);
        Scenario s = new Scenario(port, commune.prefix());
        long id = s.openReport(2026, 9);
        ApiClient ubnd = s.as("ubnd");
        int version = ubnd.get("/api/reports/" + id + "/sections/B")
                .json()
                .get("version")
                .asInt();
        ApiClient.Response saved = ubnd.put(
                "/api/reports/" + id + "/sections/B",
                Map.of(
                        "version",
                        version,
                        "items",
                        List.of(Map.of(
                                "code",
                                "B.1",
                                "text",
                                "Đã quán triệt.",
                                "indicators",
                                Map.of("conferences_held", "2", "party_members_total", "20", "participants", "18")))));
        assertThat(saved.status()).as(saved.detail()).isEqualTo(200);

        List<String> found = warnings.of(commune.office(), id);

        assertThat(found)
                .contains("Bảng \"Kết quả quán triệt, triển khai Nghị quyết số 57-NQ/TW của các chi bộ:\" "
                        + "chưa có số liệu của: Chi bộ Công an xã, Chi bộ Trường THCS Xuân Vinh. "
                        + "Dòng \"Tổng cộng\" mới cộng 1/3 chi bộ.");
        assertThat(found)
                .contains(
                        "Chi bộ Công an xã: mục \"Công tác quán triệt, triển khai\" chưa có số liệu nào.",
                        "Chi bộ Ủy ban nhân dân xã: mục \"Công tác lãnh đạo, chỉ đạo\" chưa có số liệu nào.");
        assertThat(found)
                .doesNotContain(
                        "Chi bộ Ủy ban nhân dân xã: mục \"Công tác quán triệt, triển khai\" chưa có số liệu nào.");
    }
}
