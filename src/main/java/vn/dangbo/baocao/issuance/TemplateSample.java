package vn.dangbo.baocao.issuance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.contribution.SectionItem;
import vn.dangbo.baocao.identity.Organisation;
import vn.dangbo.baocao.issuance.DocumentModel.Block;
import vn.dangbo.baocao.issuance.DocumentModel.Heading;
import vn.dangbo.baocao.template.Indicator;
import vn.dangbo.baocao.template.Placeholders;
import vn.dangbo.baocao.template.ReportTemplate;
import vn.dangbo.baocao.template.TemplateItem;
import vn.dangbo.baocao.template.TemplateSection;
import vn.dangbo.baocao.template.TemplateTexts;
import vn.dangbo.baocao.template.UnitTable;

/**
 * An example report of a template, as a draft document: every part written as its guidance says, every typed
 * figure at its minimum (or 0), one example row per unit table. The template editor shows it while the outline
 * is edited; items are laid out by the same code as a real draft ({@link DocumentAssembler}).
 */
public final class TemplateSample {

    private TemplateSample() {}

    /**
     * @param periodKind MONTH, QUARTER, HALF_YEAR or YEAR: the example period the placeholders are filled for
     */
    public static DocumentModel document(
            ReportTemplate template, Organisation organisation, String periodKind, int year, int number) {
        ReportTemplate filled = TemplateTexts.fill(
                template,
                Placeholders.forDocument(
                        Placeholders.forReport(
                                periodKind, year, number, organisation.shortName(), organisation.placeName()),
                        organisation.name(),
                        organisation.superiorName(),
                        null,
                        null));
        List<Block> body = new ArrayList<>();
        if (!filled.basis().isBlank()) {
            body.add(new DocumentModel.Text(filled.basis()));
        }
        Map<TemplateSection, List<Block>> appendices = new LinkedHashMap<>();
        List<Block> into = body;
        for (TemplateSection section : filled.allSections()) {
            if (section.appendix()) {
                into = new ArrayList<>();
                appendices.put(section, into);
            } else if (section.depth() == 0) {
                into = body;
            }
            if (!section.appendix()) {
                into.add(new Heading(section.depth(), section.label(), section.heading()));
            }
            for (TemplateItem item : section.items()) {
                List<Block> answer = new ArrayList<>();
                DocumentAssembler.written(answer, item, example(item, year), Map.of());
                DocumentAssembler.heading(into, item, section.depth() + 1, answer);
            }
        }
        ReportTemplate.SignatureText signature = filled.signature();
        return new DocumentModel(
                organisation.superiorName(),
                organisation.name(),
                null,
                organisation.placeName(),
                null,
                true,
                Messages.get("document.type." + filled.documentType()),
                filled.subject(),
                body,
                filled.closing(),
                filled.recipients(),
                new DocumentModel.Signature(
                        signature == null
                                ? Messages.get("signature.authority.standingCommittee")
                                : signature.authority(),
                        signature == null || signature.position() == null ? "" : signature.position(),
                        Messages.get("authoring.preview.signer")),
                appendices.entrySet().stream()
                        .map(e -> new DocumentModel.Appendix(DocumentAssembler.appendixTitle(e.getKey()), e.getValue()))
                        .toList(),
                filled.format());
    }

    /** The item as a unit following its guidance would write it. */
    static SectionItem example(TemplateItem item, int year) {
        String text = item.guidance() == null || item.guidance().isBlank()
                ? Messages.get("authoring.preview.text")
                : item.guidance();
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        for (UnitTable table : item.unitTables()) {
            tables.put(table.code(), List.of(values(table.columns(), year)));
        }
        return new SectionItem(item.code(), text, values(item.indicators(), year), tables);
    }

    private static Map<String, String> values(List<Indicator> indicators, int year) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Indicator indicator : indicators) {
            if (indicator.computed()) {
                continue;
            }
            values.put(
                    indicator.key(),
                    switch (indicator.type()) {
                        case TEXT -> indicator.label();
                        case DATE -> year + "-01-01";
                        default ->
                            indicator.min() == null ? "0" : indicator.min().toPlainString();
                    });
        }
        return values;
    }
}
