package vn.dangbo.baocao.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

class DocxRendererPageTest {

    private static final String TNR = "Times New Roman";

    private final DocxRenderer renderer = new DocxRenderer(FormatProfiles.party());
    private final XWPFDocument doc = Docx.open(renderer.render(SampleDocuments.xuanHung()));
    private final XWPFDocument draft = Docx.open(renderer.render(SampleDocuments.xuanHungDraft()));

    @Test
    void pageIsA4PortraitWithOfficialMargins() {
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        assertThat(twips(sect.getPgSz().getW())).isEqualTo(11906);
        assertThat(twips(sect.getPgSz().getH())).isEqualTo(16838);
        var mar = sect.getPgMar();
        assertThat(twips(mar.getTop())).isEqualTo(1134);
        assertThat(twips(mar.getBottom())).isEqualTo(1134);
        assertThat(twips(mar.getLeft())).isEqualTo(1701);
        assertThat(twips(mar.getRight())).isEqualTo(850);
        assertThat(twips(mar.getHeader())).isEqualTo(567);
    }

    @Test
    void documentDefaultsNameTimesNewRomanForEveryScript() throws Exception {
        var fonts = doc.getStyle().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0);
        assertThat(List.of(fonts.getAscii(), fonts.getHAnsi(), fonts.getCs(), fonts.getEastAsia()))
                .containsOnly(TNR);
    }

    @Test
    void everyRunPrintsInTimesNewRomanForEveryScript() {
        List<XWPFRun> runs = allRuns(doc);
        runs.addAll(allRuns(draft));
        assertThat(runs)
                .hasSizeGreaterThan(50)
                .allSatisfy(run -> assertThat(Docx.fonts(run)).containsOnly(TNR));
    }

    @Test
    void pageOneHasNoNumberAndLaterPagesHaveACentredPageField() {
        assertThat(doc.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
        var policy = doc.getHeaderFooterPolicy();
        XWPFHeader first = policy.getFirstPageHeader();
        XWPFHeader other = policy.getDefaultHeader();
        assertThat(first).isNotNull();
        assertThat(xml(first)).doesNotContain("PAGE").doesNotContain("fldSimple");
        assertThat(first.getText().strip()).isEmpty();
        assertThat(xml(other)).contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>");
        XWPFParagraph number = other.getParagraphs().get(0);
        assertThat(Docx.alignment(number)).isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
        assertThat(number.getRuns()).allSatisfy(r -> assertThat(Docx.size(r)).isEqualTo(14));
        assertThat(xml(other)).doesNotContain("DỰ THẢO");
    }

    @Test
    void draftHasBlankNumberAndDateAndIsStampedOnEveryPage() {
        XWPFTable header = draft.getTables().get(0);
        List<String> left = Docx.texts(header.getRow(0).getCell(0));
        String blank = FormatProfiles.party().draft().blank();
        assertThat(left.get(3)).isEqualTo("Số " + blank + "-BC/ĐU").doesNotContainPattern("[0-9]");
        assertThat(Docx.texts(header.getRow(0).getCell(1)).get(1))
                .startsWith("Xuân Hưng, ngày ")
                .doesNotContainPattern("[0-9]");
        var policy = draft.getHeaderFooterPolicy();
        for (XWPFHeader h : List.of(policy.getFirstPageHeader(), policy.getDefaultHeader())) {
            XWPFRun stamp = h.getParagraphs().get(0).getRuns().stream()
                    .filter(r -> r.text().equals("DỰ THẢO"))
                    .findFirst()
                    .orElseThrow();
            assertThat(Docx.bold(stamp)).isTrue();
        }
        assertThat(xml(policy.getFirstPageHeader())).doesNotContain("PAGE");
        assertThat(xml(policy.getDefaultHeader())).contains(" PAGE ");
    }

    private static int twips(Object value) {
        return ((BigInteger) value).intValue();
    }

    private static String xml(XWPFHeader header) {
        return header._getHdrFtr().xmlText();
    }

    private static List<XWPFRun> allRuns(XWPFDocument d) {
        List<XWPFRun> runs = new ArrayList<>();
        d.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
        d.getTables()
                .forEach(t -> t.getRows()
                        .forEach(r -> r.getTableCells()
                                .forEach(c -> c.getParagraphs().forEach(p -> runs.addAll(p.getRuns())))));
        d.getHeaderList().forEach(h -> h.getParagraphs().forEach(p -> runs.addAll(p.getRuns())));
        return runs;
    }
}
