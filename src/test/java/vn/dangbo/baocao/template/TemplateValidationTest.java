package vn.dangbo.baocao.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateValidationTest {

    private static List<TemplateProblem> problems(String yaml) {
        TemplateException e = catchThrowableOfType(TemplateException.class, () -> TemplateParser.parse(yaml));
        assertThat(e).as("template should be refused").isNotNull();
        return e.problems();
    }

    private static final String HEAD = """
            id: test
            title: Thử
            subject: ["Báo cáo {period}"]
            sections:
            """;

    @Test
    void reportsEveryProblemWithItsPathAndAVietnameseMessage() {
        List<TemplateProblem> found = problems(HEAD + """
                  - code: A
                    heading: Phần A
                    owner: role:UBND xã
                    items:
                      - code: A.1
                        heading: Một
                        indicators:
                          - {key: total, label: Tổng}
                          - {key: part, label: Phần, min: 10, max: 5}
                          - {key: rate, label: Tỷ lệ, type: percent, formula: part / missing * 100}
                          - {key: total, label: Trùng}
                          - {key: bad, label: Sai kiểu, type: number}
                        rules:
                          - {expression: part <= total + , message: Lỗi}
                          - {expression: part + total, message: Không phải điều kiện}
                  - code: A
                    heading: Phần A lần nữa
                    owner: boss
                    items:
                      - code: A.1
                        heading: Trùng mã
                """);
        assertThat(found)
                .contains(
                        new TemplateProblem(
                                "sections[0].owner",
                                "Khóa vai trò \"UBND xã\" không hợp lệ: chữ thường không dấu, "
                                        + "chữ số, \"-\" và \"_\" (ví dụ role:ubnd)."),
                        new TemplateProblem(
                                "sections[0].items[0].indicators[1].min",
                                "Giá trị nhỏ nhất (min) lớn hơn giá trị lớn nhất (max)."),
                        new TemplateProblem(
                                "sections[0].items[0].indicators[2].formula",
                                "Không có chỉ tiêu \"missing\" trong nội dung này."),
                        new TemplateProblem(
                                "sections[0].items[0].indicators[3].key",
                                "Khóa chỉ tiêu trùng: total (đã dùng ở sections[0].items[0].indicators[0].key)."),
                        new TemplateProblem(
                                "sections[0].items[0].indicators[4].type",
                                "Kiểu chỉ tiêu không hợp lệ: number (integer, decimal, money, percent, text, date)."),
                        new TemplateProblem(
                                "sections[0].items[0].rules[1].expression",
                                "Quy tắc phải là một điều kiện (ví dụ on_time <= received), không phải công thức tính số."),
                        new TemplateProblem("sections[1].code", "Mã mục trùng: A (đã dùng ở sections[0].code)."),
                        new TemplateProblem(
                                "sections[1].owner", "Người viết không hợp lệ: boss (office, each hoặc role:<khóa>)."),
                        new TemplateProblem(
                                "sections[1].items[0].code",
                                "Mã nội dung trùng: A.1 (đã dùng ở sections[0].items[0].code)."));
        assertThat(found)
                .filteredOn(p -> p.path().equals("sections[0].items[0].rules[0].expression"))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("Biểu thức không hợp lệ: "));
    }

    @Test
    void missingRequiredFieldsAndUnknownFieldsAreNamed() {
        List<TemplateProblem> found = problems("""
                titel: Sai tên trường
                sections:
                  - heading: Không mã
                    owner: office
                    items:
                      - heading: X
                        indicators:
                          - {label: Không khóa}
                        rules:
                          - {expression: a > 0}
                """);
        assertThat(found)
                .extracting(TemplateProblem::path)
                .contains(
                        "titel",
                        "id",
                        "title",
                        "subject",
                        "sections[0].code",
                        "sections[0].items[0].indicators[0].key",
                        "sections[0].items[0].rules[0].message");
        assertThat(found)
                .contains(
                        new TemplateProblem("titel", "Trường không được hỗ trợ: titel."),
                        new TemplateProblem("id", "Thiếu trường bắt buộc: id."));
    }

    @Test
    void sectionWithContentNeedsAnOwner() {
        assertThat(problems(HEAD + """
                  - code: A
                    heading: Phần A
                """))
                .contains(new TemplateProblem(
                        "sections[0].owner", "Thiếu người viết (owner) của mục A: office, each hoặc role:<khóa>."));
    }

    @Test
    void computedIndicatorsMustNotDependOnEachOtherInACircle() {
        List<TemplateProblem> found = problems(HEAD + """
                  - code: A
                    heading: Phần A
                    owner: office
                    items:
                      - code: A.1
                        heading: Một
                        indicators:
                          - {key: a, label: A, formula: b + 1}
                          - {key: b, label: B, formula: c * 2}
                          - {key: c, label: C, formula: a - 1}
                          - {key: d, label: D, formula: d}
                """);
        assertThat(found)
                .extracting(TemplateProblem::message)
                .contains("Các chỉ tiêu tính toán phụ thuộc vòng tròn: a → b → c → a.");
        assertThat(found).extracting(TemplateProblem::path).contains("sections[0].items[0].indicators[0].formula");
    }

    @Test
    void expressionsReachingForJavaAreRefusedAsUnparsable() {
        List<String> attacks =
                List.of("T(java.lang.Runtime).getRuntime()", "new java.io.File('x')", "x.getClass()", "#root", "@bean");
        StringBuilder yaml = new StringBuilder(HEAD + """
                  - code: A
                    heading: Phần A
                    owner: office
                    items:
                      - code: A.1
                        heading: Một
                        indicators:
                          - {key: x, label: X}
                """);
        for (int i = 0; i < attacks.size(); i++) {
            yaml.append("          - {key: f")
                    .append(i)
                    .append(", label: F, formula: \"")
                    .append(attacks.get(i))
                    .append("\"}\n");
        }
        List<TemplateProblem> found = problems(yaml.toString());
        for (int i = 0; i < attacks.size(); i++) {
            String path = "sections[0].items[0].indicators[" + (i + 1) + "].formula";
            assertThat(found)
                    .filteredOn(p -> p.path().equals(path))
                    .singleElement()
                    .satisfies(p -> assertThat(p.message()).startsWith("Biểu thức không hợp lệ: "));
        }
    }

    @Test
    void formulasAndRulesUseOnlyNumericKeysOfTheirItem() {
        List<TemplateProblem> found = problems(HEAD + """
                  - code: A
                    heading: Phần A
                    owner: office
                    items:
                      - code: A.1
                        heading: Một
                        indicators:
                          - {key: a, label: A}
                          - {key: note, label: Ghi chú, type: text, min: 1}
                          - {key: when, label: Ngày, type: date, formula: a + 1}
                        rules:
                          - {expression: note > 0, message: M}
                      - code: A.2
                        heading: Hai
                        indicators:
                          - {key: b, label: B, formula: a * 2}
                """);
        assertThat(found)
                .contains(
                        new TemplateProblem(
                                "sections[0].items[0].indicators[1].min", "Chỉ tiêu kiểu text không có min/max."),
                        new TemplateProblem(
                                "sections[0].items[0].indicators[2].formula",
                                "Chỉ tiêu tính bằng công thức phải có kiểu số (integer, decimal, money, percent)."),
                        new TemplateProblem(
                                "sections[0].items[0].rules[0].expression",
                                "Chỉ tiêu \"note\" kiểu text không dùng được trong biểu thức."),
                        new TemplateProblem(
                                "sections[0].items[1].indicators[0].formula",
                                "Chỉ tiêu \"a\" thuộc nội dung khác (A.1); công thức và quy tắc chỉ dùng chỉ tiêu của cùng nội dung."));
    }

    @Test
    void cumulativeIndicatorsNeedASourceOfTheirItemAndAStartDate() {
        List<TemplateProblem> found = problems(HEAD + """
                  - code: A
                    heading: Phần A
                    owner: office
                    items:
                      - code: A.1
                        heading: Một
                        indicators:
                          - {key: a, label: A}
                          - {key: a_cum, label: Lũy kế, cumulativeOf: a}
                          - {key: b_cum, label: Lũy kế B, cumulativeOf: b, cumulativeSince: 2025-07-01}
                          - {key: c, label: C, cumulativeSince: 01/07/2025}
                          - {key: d, label: D, formula: a, cumulativeOf: a, cumulativeSince: 2025-07-01}
                """);
        assertThat(found)
                .contains(
                        new TemplateProblem(
                                "sections[0].items[0].indicators[1].cumulativeSince",
                                "Chỉ tiêu lũy kế cần ngày bắt đầu cộng dồn (cumulativeSince, ví dụ 2025-07-01)."),
                        new TemplateProblem(
                                "sections[0].items[0].indicators[2].cumulativeOf",
                                "Không có chỉ tiêu \"b\" trong nội dung này."),
                        new TemplateProblem(
                                "sections[0].items[0].indicators[3].cumulativeSince",
                                "Ngày không hợp lệ (định dạng yyyy-MM-dd, ví dụ 2025-07-01)."),
                        new TemplateProblem(
                                "sections[0].items[0].indicators[4].formula",
                                "Một chỉ tiêu không thể vừa có công thức vừa là lũy kế (cumulativeOf)."));
    }

    @Test
    void tableCellsMustNameKnownKeysAndFitTheColumns() {
        List<TemplateProblem> found = problems(HEAD + """
                  - code: A
                    heading: Phần A
                    owner: office
                    items:
                      - code: A.1
                        heading: Một
                        indicators:
                          - {key: a, label: A}
                        tables:
                          - code: t1
                            columns: [Số lượng, Ghi chú]
                            rows:
                              - {label: Dòng 1, cells: [a, nowhere]}
                              - {label: Dòng 2, cells: [a]}
                """);
        assertThat(found)
                .containsExactly(
                        new TemplateProblem(
                                "sections[0].items[0].tables[0].rows[0].cells[1]",
                                "Không có chỉ tiêu \"nowhere\" trong mẫu báo cáo."),
                        new TemplateProblem(
                                "sections[0].items[0].tables[0].rows[1].cells",
                                "Dòng \"Dòng 2\" có 1 ô nhưng bảng có 2 cột."));
    }

    @Test
    void unknownPlaceholdersAndBadIdsAreRefused() {
        List<TemplateProblem> found = problems("""
                id: Mẫu 1
                title: T
                subject: ["Báo cáo {quy}"]
                closing: "{organisation} trân trọng báo cáo./."
                sections:
                  - {code: A, heading: A, owner: office}
                """);
        assertThat(found).extracting(TemplateProblem::path).containsExactly("id", "subject[0]");
    }

    @Test
    void malformedYamlIsOneProblem() {
        assertThat(problems("id: [unclosed"))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("Không đọc được mẫu báo cáo"));
    }

    @Test
    void jsonIsAcceptedToo() {
        ReportTemplate t = TemplateParser.parse("""
                {"id": "json", "title": "T", "subject": ["S"],
                 "sections": [{"code": "A", "heading": "A", "owner": "office"}]}
                """);
        assertThat(t.contentSections())
                .singleElement()
                .satisfies(s -> assertThat(s.code()).isEqualTo("A"));
        assertThat(t.version()).isEqualTo(1);
    }

    @Test
    void documentedExampleParses() throws java.io.IOException {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs/templates.md"));
        String example = doc.substring(doc.indexOf("```yaml", doc.indexOf("## A complete example")) + 7);
        ReportTemplate t = TemplateParser.parse(example.substring(0, example.indexOf("```")));
        assertThat(t.roleKeys()).containsExactly("ubnd", "truong");
        assertThat(t.section("B.II").orElseThrow().label()).isEqualTo("II-");
        assertThat(t.section("C.2").orElseThrow().items().get(1).numberedHeading())
                .isEqualTo("2.2. Nguyên nhân chủ quan");
    }
}
