package vn.dangbo.baocao.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.dangbo.baocao.issuance.DocumentModel.Appendix;
import vn.dangbo.baocao.issuance.DocumentModel.Table;
import vn.dangbo.baocao.issuance.DocumentModel.Text;
import vn.dangbo.baocao.template.TemplateParser;
import vn.dangbo.baocao.template.TemplateSection;

/** A wide appendix gets landscape pages of its own; what follows it is portrait again. */
class LandscapeAppendixTest {

    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;

    private final DocxRenderer renderer = new DocxRenderer(FormatProfiles.party());

    @Test
    void aWideAppendixIsALandscapeSectionAndTheNextPageIsPortraitAgain() {
        XWPFDocument doc = Docx.open(renderer.render(withAppendices(wide("PHỤ LỤC 1"), narrow("PHỤ LỤC 2"))));

        List<CTSectPr> sections = sections(doc);
        assertThat(sections).hasSize(3);
        assertPortrait(sections.get(0));
        assertLandscape(sections.get(1));
        assertPortrait(sections.get(2));
        for (CTSectPr sect : sections) {
            assertThat(twips(sect.getPgMar().getLeft()))
                    .as("the profile's margins")
                    .isEqualTo(1701);
            assertThat(twips(sect.getPgMar().getTop())).isEqualTo(1134);
        }
        assertThat(sections.get(0).getHeaderReferenceList())
                .as("the first section names the page headers the others inherit")
                .hasSize(2);
        assertThat(sections.get(0).isSetTitlePg()).isTrue();
        assertThat(sections.get(2).isSetTitlePg())
                .as("only page 1 goes without a number")
                .isFalse();
        XWPFParagraph wideTitle = Docx.paragraph(doc, "PHỤ LỤC 1");
        assertThat(startsPage(doc, wideTitle))
                .as("the new section starts the page")
                .isFalse();
        assertThat(startsPage(doc, Docx.paragraph(doc, "PHỤ LỤC 2"))).isFalse();
        assertThat(doc.getTables().get(doc.getTables().size() - 2).getCTTbl().getTblGrid().getGridColList().stream()
                        .mapToInt(c -> twips(c.getW()))
                        .sum())
                .as("the wide table uses the landscape width")
                .isGreaterThan(A4_SHORT);
    }

    @Test
    void aDocumentEndingWithAWideAppendixEndsInLandscape() {
        XWPFDocument doc = Docx.open(renderer.render(withAppendices(narrow("PHỤ LỤC 1"), wide("PHỤ LỤC 2"))));

        List<CTSectPr> sections = sections(doc);
        assertThat(sections).hasSize(2);
        assertPortrait(sections.get(0));
        assertLandscape(sections.get(1));
        assertThat(startsPage(doc, Docx.paragraph(doc, "PHỤ LỤC 1")))
                .as("same orientation: a page break")
                .isTrue();
        assertThat(startsPage(doc, Docx.paragraph(doc, "PHỤ LỤC 2"))).isFalse();
    }

    @Test
    void narrowAppendicesLeaveTheDocumentAsItWas() {
        DocumentModel plain = withAppendices(narrow("PHỤ LỤC 1"));
        XWPFDocument doc = Docx.open(renderer.render(plain));
        assertThat(sections(doc)).hasSize(1);
        assertPortrait(sections(doc).get(0));
    }

    @Test
    void theTemplateOrMoreThanSixColumnsAskForLandscape() {
        TemplateSection asked = section("orientation: landscape");
        TemplateSection plain = section("");
        assertThat(Landscape.wanted(asked, List.of())).isTrue();
        assertThat(Landscape.wanted(plain, List.of(table(6)))).isFalse();
        assertThat(Landscape.wanted(plain, List.of(table(7)))).isTrue();
    }

    @Test
    void printedPagesTurn() throws Exception {
        assumeTrue(PdfConverter.available(), "LibreOffice is not installed");
        byte[] pdf = new PdfConverter().toPdf(renderer.render(withAppendices(wide("PHỤ LỤC 1"), narrow("PHỤ LỤC 2"))));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Boolean> landscape = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                landscape.add(page.getMediaBox().getWidth() > page.getMediaBox().getHeight());
            }
            assertThat(landscape)
                    .as("pages: body portrait, appendix 1 landscape, appendix 2 portrait")
                    .endsWith(false, true, false)
                    .startsWith(false);
            assertThat(landscape.stream().filter(l -> l)).hasSize(1);
        }
    }

    private static TemplateSection section(String extra) {
        String yaml = """
                id: t
                title: T
                subject: [S]
                sections:
                  - {code: A, heading: A, owner: office}
                  - code: PL
                    appendix: true
                    label: PHỤ LỤC
                    heading: Bảng
                    owner: office
                """ + (extra.isEmpty() ? "" : "    " + extra + "\n");
        return TemplateParser.parse(yaml).sections().get(1);
    }

    private static DocumentModel withAppendices(Appendix... appendices) {
        DocumentModel base = SampleDocuments.xuanHung();
        return new DocumentModel(
                base.superiorBody(),
                base.issuerBody(),
                base.numberSymbol(),
                base.place(),
                base.date(),
                base.draft(),
                base.documentTypeName(),
                base.subjectLines(),
                base.body(),
                base.closing(),
                base.recipients(),
                base.signature(),
                List.of(appendices),
                null);
    }

    private static Appendix wide(String label) {
        return new Appendix(
                List.of(label, "Kết quả theo từng xã"),
                List.of(new Text("Số liệu đến ngày 31/3/2026."), table(9)),
                true);
    }

    private static Appendix narrow(String label) {
        return new Appendix(List.of(label, "Danh sách"), List.of(new Text("Một dòng."), table(3)), false);
    }

    private static Table table(int columns) {
        List<String> header =
                IntStream.rangeClosed(1, columns).mapToObj(i -> "Cột số " + i).toList();
        return new Table(
                header,
                List.of(IntStream.rangeClosed(1, columns)
                        .mapToObj(i -> String.valueOf(i * 1000))
                        .toList()));
    }

    /** Every section's properties in order: the paragraphs' and then the body's (the last section). */
    private static List<CTSectPr> sections(XWPFDocument doc) {
        List<CTSectPr> out = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                out.add(p.getCTP().getPPr().getSectPr());
            }
        }
        out.add(doc.getDocument().getBody().getSectPr());
        return out;
    }

    private static void assertPortrait(CTSectPr sect) {
        assertThat(twips(sect.getPgSz().getW())).isEqualTo(A4_SHORT);
        assertThat(twips(sect.getPgSz().getH())).isEqualTo(A4_LONG);
        assertThat(sect.getPgSz().getOrient()).isEqualTo(STPageOrientation.PORTRAIT);
    }

    private static void assertLandscape(CTSectPr sect) {
        assertThat(twips(sect.getPgSz().getW())).isEqualTo(A4_LONG);
        assertThat(twips(sect.getPgSz().getH())).isEqualTo(A4_SHORT);
        assertThat(sect.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
    }

    private static int twips(Object value) {
        return ((BigInteger) value).intValue();
    }

    /** The paragraph's own page break, or else its named style's (appendix titles take theirs from the style). */
    private static boolean startsPage(XWPFDocument doc, XWPFParagraph p) {
        if (p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetPageBreakBefore()) {
            return p.isPageBreak();
        }
        var style = doc.getStyles().getStyle(p.getStyleID());
        return style != null
                && style.getCTStyle().getPPr() != null
                && style.getCTStyle().getPPr().isSetPageBreakBefore();
    }
}
