package vn.dangbo.baocao.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;
import vn.dangbo.baocao.TestCommune;

/**
 * The format profile is the organisation's: in one installation a commune on state-30 (issuer UBND) issues
 * "Số: 01/BC-UBND" while a commune on the installation's party-36 issues "Số 01-BC/ĐU".
 */
@IntegrationTest
class OrganisationFormatProfileIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachOrganisationIssuesInItsOwnProfile() throws Exception {
        TestCommune state =
                TestCommune.in(context).termStart(LocalDate.of(2025, 7, 1)).create();
        TestCommune party =
                TestCommune.in(context).termStart(LocalDate.of(2025, 7, 1)).create();
        jdbc.sql("update organisation set format_profile = 'state-30', issuer_code = 'UBND' where id = ?")
                .param(state.organisation().id())
                .update();

        String stateDocument = issue(new Scenario(port, state.prefix()));
        String partyDocument = issue(new Scenario(port, party.prefix()));

        assertThat(stateDocument).contains("Số: 01/BC-UBND").doesNotContain("Số 01-BC/ĐU");
        assertThat(partyDocument).contains("Số 01-BC/ĐU").doesNotContain("Số: 01/BC-UBND");
    }

    private static String issue(Scenario s) throws Exception {
        long id = s.approve(5);
        s.runJobsAndExpect(id, "ISSUED");
        byte[] docx = s.as("vanphong").get("/api/reports/" + id + "/document").bytes();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return s.report(id).get("number").asText() + "\n" + extractor.getText();
        }
    }
}
