package vn.dangbo.baocao.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dangbo.baocao.TestCommune;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.template.Indicator;
import vn.dangbo.baocao.template.ReportTemplate;
import vn.dangbo.baocao.template.SectionOwner;
import vn.dangbo.baocao.template.TemplateParser;
import vn.dangbo.baocao.template.TemplateProblem;
import vn.dangbo.baocao.template.TemplateSection;

class TemplateDocumentTest {

    @ParameterizedTest
    @ValueSource(strings = {"nq57-thang.yml", "bao-cao-nam.yml", "dang-uy-nam.yml", "ubnd-quy.yml"})
    void aBundledTemplateSavedWithoutChangeIsTheSameTemplate(String file) {
        String source = TestCommune.bundled(file);
        String saved = TemplateDocument.read(source).yaml();

        assertThat(TemplateParser.parse(saved)).isEqualTo(TemplateParser.parse(source));
        assertThat(TemplateDocument.read(saved).yaml())
                .as("saving again changes nothing")
                .isEqualTo(saved);
        assertThat(saved).startsWith("id: ");
    }

    @Test
    void aNewTemplateIsValidAsItIs() {
        TemplateDocument.Check check = TemplateDocument.blank().check();

        assertThat(check.problems()).isEmpty();
        assertThat(check.template().sections())
                .extracting(TemplateSection::heading)
                .containsExactly(Messages.get("authoring.blank.section"));
    }

    @Test
    void partsAndItemsAreAddedMovedAndRemoved() {
        TemplateDocument document = TemplateDocument.blank();
        OutlineNode second = document.addSection(document.root());
        document.setText(second, Fields.SECTION, "heading", "KIẾN NGHỊ");
        OutlineNode child = document.addSection(second);
        OutlineNode item = document.addItem(child);
        document.setText(item, Fields.ITEM, "heading", "Kiến nghị với cấp trên");
        OutlineNode before = document.addItem(child);
        document.setText(before, Fields.ITEM, "heading", "Kiến nghị với xã");

        ReportTemplate template = document.check().template();
        assertThat(template.sections())
                .extracting(TemplateSection::numberedHeading)
                .containsExactly("A. " + Messages.get("authoring.blank.section"), "B. KIẾN NGHỊ");
        assertThat(template.section(child.text("code")).orElseThrow().items())
                .extracting(i -> i.heading())
                .containsExactly("Kiến nghị với cấp trên", "Kiến nghị với xã");

        assertThat(document.move(second, -1)).isTrue();
        assertThat(document.move(second, -1)).as("already first").isFalse();
        assertThat(document.move(before, -1)).isTrue();
        template = document.check().template();
        assertThat(template.sections())
                .extracting(TemplateSection::numberedHeading)
                .containsExactly("A. KIẾN NGHỊ", "B. " + Messages.get("authoring.blank.section"));
        assertThat(template.section(child.text("code")).orElseThrow().items())
                .extracting(i -> i.numberedHeading())
                .containsExactly("1. Kiến nghị với xã", "2. Kiến nghị với cấp trên");

        document.remove(child);
        assertThat(document.check().template().allSections()).hasSize(2);
        assertThat(document.yaml()).doesNotContain("Kiến nghị với");
        assertThat(document.children(second)).isEmpty();
    }

    @Test
    void anOwnerIsWrittenInItsPlaceAndInherited() {
        TemplateDocument document = TemplateDocument.read(TestCommune.bundled("ubnd-quy.yml"));
        OutlineNode kinhTe =
                document.children(document.children(document.root()).get(0)).get(0);
        assertThat(kinhTe.text("code")).isEqualTo("I.1");
        OutlineNode parent = kinhTe.parent();

        document.setText(parent, Fields.SECTION, "owner", "role:congan");
        document.setText(kinhTe, Fields.SECTION, "owner", null);

        ReportTemplate template = document.check().template();
        assertThat(template.section("I.1").orElseThrow().owner()).isEqualTo(SectionOwner.parse("role:congan"));
        String yaml = document.yaml();
        String partI = yaml.substring(yaml.indexOf("code: I\n"));
        assertThat(partI.indexOf("owner: role:congan"))
                .as("owner after heading and numbering, before the child sections")
                .isGreaterThan(partI.indexOf("childNumbering:"))
                .isLessThan(partI.indexOf("sections:"));
    }

    @Test
    void aFigureWithAFormulaIsComputed() {
        TemplateDocument document = TemplateDocument.blank();
        OutlineNode item = document.addItem(document.children(document.root()).get(0));
        OutlineNode done = document.addFigure(item);
        document.setText(done, Fields.INDICATOR, "key", "done");
        OutlineNode total = document.addFigure(item);
        document.setText(total, Fields.INDICATOR, "key", "total");
        OutlineNode rate = document.addFigure(item);
        document.setText(rate, Fields.INDICATOR, "key", "rate");
        document.setText(rate, Fields.INDICATOR, "type", "percent");
        document.setText(rate, Fields.INDICATOR, "formula", "done / total * 100");
        document.set(total, Fields.INDICATOR, "min", JsonNodeFactory.instance.numberNode(0));

        ReportTemplate template = document.check().template();
        Indicator computed = template.indicator("rate").orElseThrow();
        assertThat(computed.computed()).isTrue();
        assertThat(template.itemOf("rate").orElseThrow().inputs())
                .extracting(Indicator::key)
                .containsExactly("done", "total");
        assertThat(document.yaml()).contains("key: rate\n", "type: percent\n", "formula: done / total * 100\n");
    }

    @Test
    void aBrokenFormulaGivesTheValidatorsMessageAtItsPlace() {
        TemplateDocument document = TemplateDocument.read(TestCommune.bundled("dang-uy-nam.yml"));
        OutlineNode admitted = document.at("sections[0].sections[1].items[0]");
        assertThat(admitted.text("code")).isEqualTo("P1.II.1");
        OutlineNode figure = document.addFigure(admitted);
        document.setText(figure, Fields.INDICATOR, "formula", "admitted / recieved * 100");

        List<TemplateProblem> problems = document.check().problems();

        assertThat(problems)
                .containsExactly(new TemplateProblem(
                        "sections[0].sections[1].items[0].indicators[2].formula",
                        Messages.get("template.problem.unknownKey", "recieved")));
        assertThat(document.at(problems.get(0).path())).isSameAs(admitted);
        assertThat(document.path(figure)).isEqualTo("sections[0].sections[1].items[0].indicators[2]");
    }
}
