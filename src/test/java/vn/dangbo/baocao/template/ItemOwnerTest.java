package vn.dangbo.baocao.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** An item may name its own writer: a part written by the office with one paragraph from the school. */
class ItemOwnerTest {

    private static final String YAML = """
            id: so-ket
            title: Sơ kết
            subject: ["Sơ kết {period}"]
            sections:
              - code: A
                heading: KẾT QUẢ
                owner: office
                items:
                  - {code: A.1, heading: Tình hình chung}
                  - code: A.2
                    heading: Giáo dục
                    owner: %s
                  - {code: A.3, heading: Đánh giá}
              - code: B
                heading: KIẾN NGHỊ
                owner: each
            """;

    @Test
    void anItemsOwnerOverridesItsSectionsAndNamesItsRole() {
        ReportTemplate template = TemplateParser.parse(YAML.formatted("role:truong"));
        TemplateSection a = template.section("A").orElseThrow();

        assertThat(a.mixedOwners()).isTrue();
        assertThat(a.ownerOf(a.items().get(0))).hasToString("office");
        assertThat(a.ownerOf(a.items().get(1))).hasToString("role:truong");
        assertThat(a.withItems(o -> o.kind() == SectionOwner.Kind.ROLE).items())
                .extracting(TemplateItem::code)
                .containsExactly("A.2");
        assertThat(a.withItems(o -> o.kind() == SectionOwner.Kind.OFFICE).items())
                .extracting(TemplateItem::code)
                .containsExactly("A.1", "A.3");
        // the role must be bound when the report opens, as for a section's
        assertThat(template.roleKeys()).containsExactly("truong");
        assertThat(template.section("B").orElseThrow().mixedOwners()).isFalse();
    }

    @Test
    void anItemOwnerLikeItsSectionsChangesNothing() {
        TemplateSection a =
                TemplateParser.parse(YAML.formatted("office")).section("A").orElseThrow();
        assertThat(a.mixedOwners()).isFalse();
        assertThat(TemplateParser.parse(YAML.formatted("office")).roleKeys()).isEmpty();
    }

    @Test
    void aBadItemOwnerIsRefusedWithItsPath() {
        TemplateException bad = catchThrowableOfType(
                TemplateException.class, () -> TemplateParser.parse(YAML.formatted("hieu-truong")));
        assertThat(bad.problems()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("sections[0].items[1].owner");
            assertThat(p.message()).contains("hieu-truong", "office, each hoặc role:<khóa>");
        });

        TemplateException role = catchThrowableOfType(
                TemplateException.class, () -> TemplateParser.parse(YAML.formatted("role:Trường")));
        assertThat(role.problems()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("sections[0].items[1].owner");
            assertThat(p.message()).contains("Khóa vai trò \"Trường\" không hợp lệ");
        });
    }
}
