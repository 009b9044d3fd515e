package vn.dangbo.baocao.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.dangbo.baocao.IntegrationTest;

/** Lũy kế figures come from the organisation's earlier issued reports of the same template. */
@IntegrationTest
class CumulativeFiguresIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void cumulativeIndicatorAddsTheThreeIssuedMonthsToThisOne() throws Exception {
        TemplateCommune org = TemplateCommune.create(context, port);
        int[] received = {12, 30, 7};
        for (int month = 1; month <= 3; month++) {
            long id = org.openMonthly(month);
            org.collect(
                    id,
                    TemplateCommune.CHI_BO,
                    Map.of("ubnd", Map.of("C.I.1", Map.of("received", String.valueOf(received[month - 1])))));
            org.writeOffice(id, "nq57-thang", Map.of());
            org.forwardAndApprove(id);
        }
        // a correction of February, not issued: must not count
        long cancelled = org.openMonthly(2, "Đính chính số liệu tháng 2.");
        org.write("ubnd", cancelled, Map.of("C.I.1", Map.of("received", "1000")));

        long id = org.openMonthly(4);
        org.write(
                "ubnd",
                id,
                Map.of(
                        "C.I.1",
                        Map.of(
                                "received",
                                "5",
                                "received_full_online",
                                "5",
                                "received_partial_online",
                                "0",
                                "received_direct",
                                "0")));

        JsonNode section =
                org.as("ubnd").get("/api/reports/" + id + "/sections/C.I").json();
        JsonNode item = section.get("items").get(0);
        assertThat(item.get("code").asText()).isEqualTo("C.I.1");
        assertThat(item.get("display").get("received").asText()).isEqualTo("5");
        assertThat(item.get("display").get("received_cumulative").asText()).isEqualTo("54");

        String preview = org.docxText("/api/reports/" + id + "/preview");
        assertThat(preview).contains("Lũy kế số hồ sơ tiếp nhận từ 01/07/2025: 54 hồ sơ.");
    }
}
