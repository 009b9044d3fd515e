package vn.dangbo.baocao.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import vn.dangbo.baocao.issuance.DocumentModel.Heading;
import vn.dangbo.baocao.issuance.DocumentModel.Lead;
import vn.dangbo.baocao.issuance.DocumentModel.Text;

/**
 * The issued file as an office sees it in Word: named styles in styles.xml, every paragraph in one of them,
 * headings listed in the navigation pane, and text that takes its font and size from its style.
 */
class DocxStylesTest {

    private static final List<String> NAMES = List.of(
            "BaoCao Title",
            "BaoCao Subject",
            "BaoCao Heading 1",
            "BaoCao Heading 2",
            "BaoCao Heading 3",
            "BaoCao Heading 4",
            "BaoCao Body",
            "BaoCao List",
            "BaoCao Table",
            "BaoCao Table Header",
            "BaoCao Signature Authority",
            "BaoCao Signature Title",
            "BaoCao Signature Name",
            "BaoCao Issuer",
            "BaoCao National Title 1",
            "BaoCao Place Date");

    @ParameterizedTest
    @ValueSource(strings = {"party-36", "state-30"})
    void stylesXmlDefinesTheNamedStylesWithTheProfilesFontAndSize(String profileId) {
        FormatProfile profile = FormatProfiles.load(profileId);
        XWPFDocument doc = render(profileId);
        Map<String, CTStyle> byName = stylesByName(doc);
        assertThat(byName.keySet()).containsAll(NAMES);
        assertThat(byName.values())
                .allSatisfy(s -> assertThat(s.getType().toString()).isEqualTo("paragraph"));
        var defaults = Docx.styles(doc).getDocDefaults().getRPrDefault().getRPr();
        assertThat(defaults.getRFontsArray(0).getAscii()).isEqualTo(profile.fontFamily());
        assertThat(defaults.getSzArray(0).getVal().toString())
                .isEqualTo(String.valueOf(Math.round(profile.body().text().size() * 2)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"party-36", "state-30"})
    void everyParagraphRefersToANamedStyle(String profileId) {
        XWPFDocument doc = render(profileId);
        List<String> ids = doc.getStyles() == null
                ? List.of()
                : stylesByName(doc).values().stream().map(CTStyle::getStyleId).toList();
        List<XWPFParagraph> paragraphs = allParagraphs(doc);
        assertThat(paragraphs)
                .hasSizeGreaterThan(40)
                .allSatisfy(p -> assertThat(Docx.styleId(p))
                        .as("style of \"%s\"", p.getText())
                        .isIn(ids)
                        .startsWith("BaoCao"));
        assertThat(Docx.styleId(Docx.paragraph(doc, "BÁO CÁO"))).isEqualTo(DocumentStyles.TITLE);
        assertThat(Docx.styleId(Docx.paragraph(doc, "- Hoàn thành 8/39 tiêu chí.")))
                .isEqualTo(DocumentStyles.LIST);
        assertThat(Docx.styleId(Docx.paragraph(doc, "Trên đây là báo cáo./."))).isEqualTo(DocumentStyles.BODY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"party-36", "state-30"})
    void headingsAreOutlineLevelsForWordsNavigationPane(String profileId) {
        XWPFDocument doc = render(profileId);
        assertThat(Docx.outlineLevel(Docx.paragraph(doc, heading(profileId, "I. Kết quả thực hiện"))))
                .isZero();
        assertThat(Docx.outlineLevel(Docx.paragraph(doc, "1. Chuyển đổi số"))).isEqualTo(1);
        assertThat(Docx.outlineLevel(Docx.paragraph(doc, "Chi bộ thôn Đông"))).isEqualTo(2);
        assertThat(Docx.outlineLevel(Docx.paragraph(doc, "a) Mạng 5G"))).isEqualTo(3);
        assertThat(Docx.outlineLevel(Docx.paragraph(doc, "2. Hạ tầng: Đã hoàn thành.")))
                .isEqualTo(1);
        assertThat(Docx.outlineLevel(Docx.paragraph(doc, "- Hoàn thành 8/39 tiêu chí.")))
                .isEqualTo(-1);
        assertThat(Docx.outlineLevel(Docx.paragraph(doc, "BÁO CÁO"))).isEqualTo(-1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"party-36", "state-30"})
    void runsCarryNoFontOrSizeOfTheirOwn(String profileId) {
        XWPFDocument doc = render(profileId);
        List<XWPFRun> runs = new ArrayList<>();
        allParagraphs(doc).forEach(p -> runs.addAll(p.getRuns()));
        assertThat(runs).hasSizeGreaterThan(40).allSatisfy(run -> {
            var rpr = run.getCTR().getRPr();
            assertThat(rpr == null || rpr.sizeOfRFontsArray() == 0)
                    .as("font on \"%s\"", run.text())
                    .isTrue();
        });
        List<XWPFRun> bodyRuns = runs.stream()
                .filter(r -> List.of(DocumentStyles.BODY, DocumentStyles.LIST)
                        .contains(Docx.styleId((XWPFParagraph) r.getParent())))
                .toList();
        assertThat(bodyRuns)
                .isNotEmpty()
                .allSatisfy(run -> assertThat(run.getCTR().isSetRPr())
                        .as("formatting on \"%s\"", run.text())
                        .isFalse());
    }

    @ParameterizedTest
    @ValueSource(strings = {"party-36", "state-30"})
    void theTextAfterABoldLeadInSaysOnlyThatItIsNotBold(String profileId) {
        XWPFDocument doc = render(profileId);
        XWPFParagraph lead = Docx.paragraph(doc, "2. Hạ tầng: Đã hoàn thành.");
        assertThat(Docx.bold(lead.getRuns().get(0))).isTrue();
        XWPFRun text = lead.getRuns().get(1);
        assertThat(text.text()).isEqualTo("Đã hoàn thành.");
        FormatProfile profile = FormatProfiles.load(profileId);
        assertThat(Docx.bold(text)).isEqualTo(profile.body().text().bold());
        assertThat(Docx.size(text)).isEqualTo(profile.body().text().size());
        var rpr = text.getCTR().getRPr();
        assertThat(rpr.sizeOfRFontsArray()).isZero();
        assertThat(rpr.sizeOfSzArray()).isZero();
        assertThat(rpr.sizeOfBArray()).isOne();
    }

    private static String heading(String profileId, String text) {
        return FormatProfiles.load(profileId).headingStyle(0).apply(text);
    }

    private static XWPFDocument render(String profileId) {
        DocumentModel sample = SampleDocuments.stateReport();
        List<DocumentModel.Block> body = new ArrayList<>(sample.body());
        body.add(new Heading(1, "1.", "Chuyển đổi số"));
        body.add(new Heading(2, "", "Chi bộ thôn Đông"));
        body.add(new Heading(3, "a)", "Mạng 5G"));
        body.add(new Text("Nội dung của chi bộ."));
        body.add(new Lead(1, "2.", "Hạ tầng:", "Đã hoàn thành."));
        body.add(SampleDocuments.criteria());
        DocumentModel model = new DocumentModel(
                sample.superiorBody(),
                sample.issuerBody(),
                sample.numberSymbol(),
                sample.place(),
                sample.date(),
                true,
                sample.documentTypeName(),
                sample.subjectLines(),
                body,
                "Trên đây là báo cáo./.",
                sample.recipients(),
                sample.signature());
        return Docx.open(new DocxRenderer(FormatProfiles.load(profileId)).render(model));
    }

    private static Map<String, CTStyle> stylesByName(XWPFDocument doc) {
        Map<String, CTStyle> byName = new LinkedHashMap<>();
        for (CTStyle style : Docx.styles(doc).getStyleArray()) {
            if (style.getStyleId().startsWith("BaoCao")) {
                byName.put(style.getName().getVal(), style);
            }
        }
        return byName;
    }

    /** The body's paragraphs, those in table cells and those of the page headers. */
    private static List<XWPFParagraph> allParagraphs(XWPFDocument doc) {
        List<XWPFParagraph> paragraphs = new ArrayList<>(doc.getParagraphs());
        doc.getTables()
                .forEach(t ->
                        t.getRows().forEach(r -> r.getTableCells().forEach(c -> paragraphs.addAll(c.getParagraphs()))));
        doc.getHeaderList().forEach(h -> paragraphs.addAll(h.getParagraphs()));
        return paragraphs;
    }
}
