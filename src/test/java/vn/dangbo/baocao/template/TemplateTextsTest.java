package vn.dangbo.baocao.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Placeholders in every text, numbering styles, figure display choices: what a template author writes. */
class TemplateTextsTest {

    private static final String HEAD = """
            id: t
            title: T
            subject: ["Báo cáo {periodShort}"]
            sections:
            """;

    private static List<TemplateProblem> problems(String yaml) {
        TemplateException e = catchThrowableOfType(TemplateException.class, () -> TemplateParser.parse(yaml));
        assertThat(e).as("the template should be refused").isNotNull();
        return e.problems();
    }

    @Test
    void aPlaceholderInAHeadingIsCheckedLikeOneInTheSubject() {
        List<TemplateProblem> found = problems(HEAD + """
                  - code: A
                    heading: KẾT QUẢ TRONG NĂM {yaer}
                    owner: office
                    items:
                      - heading: Phương hướng năm {nextYear}
                        guidance: "- Nhiệm vụ {quy}"
                        indicators:
                          - {key: done, label: "Số nhiệm vụ {nam}"}
                """);
        assertThat(found)
                .extracting(TemplateProblem::path)
                .containsExactly(
                        "sections[0].heading",
                        "sections[0].items[0].guidance",
                        "sections[0].items[0].indicators[0].label");
        assertThat(found.get(0).message()).startsWith("Tham số không hỗ trợ: {yaer}. Dùng {period}");
        assertThat(found.get(1).message()).isEqualTo(found.get(0).message().replace("{yaer}", "{quy}"));
    }

    @Test
    void everyPrintedTextIsFilled() {
        ReportTemplate t = TemplateParser.parse(HEAD + """
                  - code: A
                    heading: KẾT QUẢ {period}
                    owner: office
                    items:
                      - heading: Phương hướng năm {nextYear}
                        guidance: "- So với {previousPeriod}"
                  - code: PL
                    appendix: true
                    owner: office
                    heading: |-
                      Kèm theo Báo cáo số {documentNumber} ngày {documentDate} của {issuer}
                """);
        Map<String, String> values = Placeholders.forDocument(
                Placeholders.forReport("QUARTER", 2025, 4, "Ủy ban nhân dân xã Yên Mô", "Yên Mô"),
                "ỦY BAN NHÂN DÂN XÃ YÊN MÔ",
                "",
                "12/BC-UBND",
                "05/01/2026");
        ReportTemplate filled = TemplateTexts.fill(t, values);
        assertThat(filled.subject()).containsExactly("Báo cáo quý IV/2025");
        TemplateSection a = filled.section("A").orElseThrow();
        assertThat(a.heading()).isEqualTo("KẾT QUẢ quý IV năm 2025");
        assertThat(a.items().get(0).heading()).isEqualTo("Phương hướng năm 2026");
        assertThat(a.items().get(0).guidance()).isEqualTo("- So với quý III năm 2025");
        assertThat(filled.appendices())
                .singleElement()
                .satisfies(pl -> assertThat(pl.heading())
                        .isEqualTo("Kèm theo Báo cáo số 12/BC-UBND ngày 05/01/2026 của ỦY BAN NHÂN DÂN XÃ YÊN MÔ"));
    }

    @Test
    void neighbouringPeriodsCrossTheYear() {
        Map<String, String> january = Placeholders.forReport("MONTH", 2026, 1, "", "");
        assertThat(january)
                .containsEntry("previousPeriod", "tháng 12 năm 2025")
                .containsEntry("nextPeriod", "tháng 2 năm 2026")
                .containsEntry("quarter", "I")
                .containsEntry("previousYear", "2025")
                .containsEntry("nextYear", "2027");
        assertThat(Placeholders.forReport("QUARTER", 2026, 1, "", ""))
                .containsEntry("previousPeriod", "quý IV năm 2025")
                .containsEntry("periodShort", "quý I/2026");
        assertThat(Placeholders.forReport("YEAR", 2026, 0, "", "")).containsEntry("nextPeriod", "năm 2027");
    }

    @Test
    void aFigureCitationIsNotAPlaceholder() {
        assertThat(Placeholders.names("hoàn thành {{done}}/{{total}} nhiệm vụ năm {year}"))
                .containsExactly("year");
    }

    @Test
    void anUnquotedCommaInALabelGetsAHint() {
        List<TemplateProblem> found = problems(HEAD + """
                  - code: A
                    heading: A
                    owner: office
                    items:
                      - heading: Kiến nghị
                        indicators:
                          - {key: received, label: Số kiến nghị, đã tiếp nhận}
                """);
        assertThat(found)
                .singleElement()
                .satisfies(p -> assertThat(p.message())
                        .contains("đã tiếp nhận")
                        .contains("dấu phẩy")
                        .contains("ngoặc kép"));
    }

    @Test
    void partsNumberedParagraphsAndLiteralStyles() {
        ReportTemplate t = TemplateParser.parse("""
                id: t
                title: T
                subject: [S]
                numbering: part
                sections:
                  - code: P1
                    heading: KẾT QUẢ
                    owner: office
                    childNumbering: "Mục {I}:"
                    sections:
                      - code: P1.1
                        heading: Kinh tế
                        items:
                          - {numbered: true, guidance: "- Đoạn có số, không tiêu đề"}
                          - {heading: "Hợp tác quốc tế:", inline: true}
                  - code: P2
                    heading: PHƯƠNG HƯỚNG
                    owner: office
                  - code: PL
                    appendix: true
                    numbering: "Phụ lục {n}"
                    heading: Danh sách
                    owner: office
                """);
        assertThat(t.section("P1").orElseThrow().label()).isEqualTo("PHẦN 1.");
        assertThat(t.section("P2").orElseThrow().label()).isEqualTo("PHẦN 2.");
        assertThat(t.section("P1.1").orElseThrow().label()).isEqualTo("Mục I:");
        TemplateItem numbered = t.item("P1.1.1").orElseThrow();
        assertThat(numbered.label()).isEqualTo("1.");
        assertThat(numbered.heading()).isEmpty();
        assertThat(t.item("P1.1.2").orElseThrow().inline()).isTrue();
        assertThat(t.item("P1.1.2").orElseThrow().label()).isEqualTo("2.");
        assertThat(t.section("PL").orElseThrow().label()).isEqualTo("Phụ lục 1");
        assertThat(t.appendices()).extracting(TemplateSection::code).containsExactly("PL");
    }

    @Test
    void figuresPrintAsTheItemSaysAndKeepTheirWidth() {
        ReportTemplate t = TemplateParser.parse(HEAD + """
                  - code: A
                    heading: A
                    owner: office
                    items:
                      - heading: Nhiệm vụ
                        figures: inline
                        indicators:
                          - {key: done, label: Đã hoàn thành}
                          - {key: total, label: Được giao}
                          - {key: rate, label: Tỷ lệ, type: percent, formula: done / total * 100, hidden: true}
                          - {key: cases, label: Số vụ, digits: 2}
                """);
        TemplateItem item = t.item("A.1").orElseThrow();
        assertThat(item.figures()).isEqualTo(FigureDisplay.INLINE);
        CheckResult r = IndicatorCheck.check(item, Map.of("done", "17", "total", "18", "cases", "1"));
        assertThat(r.display()).containsEntry("cases", "01");
        assertThat(FigureCitations.fill(
                        "hoàn thành {{done}}/{{total}} nhiệm vụ, đạt {{rate}}%; {{cases}} vụ", item, r.display()))
                .isEqualTo("hoàn thành 17/18 nhiệm vụ, đạt 94,4%; 01 vụ");
        assertThat(FigureCitations.unknown("{{done}} {{nope}}", item)).containsExactly("nope");
    }

    @Test
    void badNewFieldsAreNamed() {
        List<TemplateProblem> found = problems(HEAD + """
                  - code: A
                    heading: A
                    owner: office
                    items:
                      - heading: X
                        figures: bảng
                        indicators:
                          - {key: x, label: X, type: decimal, digits: 2}
                      - {inline: true}
                    sections:
                      - {code: A.1, heading: Y, appendix: true}
                """ + "format: khong-co\n");
        assertThat(found)
                .extracting(TemplateProblem::path)
                .contains(
                        "format",
                        "sections[0].items[0].figures",
                        "sections[0].items[0].indicators[0].digits",
                        "sections[0].items[1].inline",
                        "sections[0].sections[0].appendix");
    }

    @Test
    void onlyAnAppendixTurnsItsPagesAndOnlyToLandscapeOrPortrait() {
        List<TemplateProblem> found = problems(HEAD + """
                  - {code: A, heading: A, owner: office, orientation: landscape}
                  - {code: PL1, heading: P, appendix: true, owner: office, orientation: ngang}
                  - {code: PL2, heading: P, appendix: true, owner: office, orientation: landscape}
                """);
        assertThat(found)
                .extracting(TemplateProblem::path)
                .containsExactly("sections[0].orientation", "sections[1].orientation");
        assertThat(found.get(1).message()).startsWith("Hướng trang \"ngang\" không hỗ trợ");
    }

    @Test
    void theTwoRealOutlinesParse() {
        ReportTemplate party = Templates.load("dang-uy-nam.yml");
        assertThat(party.section("P1").orElseThrow().label()).isEqualTo("PHẦN 1.");
        assertThat(party.appendices()).extracting(TemplateSection::code).containsExactly("PL");
        ReportTemplate state = Templates.load("ubnd-quy.yml");
        assertThat(state.format()).isEqualTo("state-30");
        assertThat(state.signature()).isEqualTo(new ReportTemplate.SignatureText("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"));
        assertThat(state.item("I.3.1").orElseThrow().label()).isEqualTo("3.1.");
    }
}
