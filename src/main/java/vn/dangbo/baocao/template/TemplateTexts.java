package vn.dangbo.baocao.template;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A template with the {name} placeholders of every printed text filled (subject, basis, closing, recipients,
 * headings, labels, guidance, figure labels and units, table and aggregate texts, signature). Codes, keys and
 * expressions are left alone. A name missing from the values stays as written, so a template filled for a
 * screen can be filled again for the document with its number and date.
 */
public final class TemplateTexts {

    private TemplateTexts() {}

    public static ReportTemplate fill(ReportTemplate t, Map<String, String> values) {
        UnaryOperator<String> f = text -> text == null ? null : Placeholders.fill(text, values);
        return new ReportTemplate(
                t.id(),
                t.version(),
                t.title(),
                t.documentType(),
                t.subject().stream().map(f).toList(),
                f.apply(t.basis()),
                f.apply(t.closing()),
                t.recipients().stream().map(f).toList(),
                t.sections().stream().map(s -> section(s, f)).toList(),
                t.aggregates().stream().map(a -> aggregate(a, f)).toList(),
                t.format(),
                t.signature() == null
                        ? null
                        : new ReportTemplate.SignatureText(
                                f.apply(t.signature().authority()),
                                f.apply(t.signature().position())));
    }

    private static TemplateSection section(TemplateSection s, UnaryOperator<String> f) {
        return new TemplateSection(
                s.code(),
                f.apply(s.label()),
                f.apply(s.heading()),
                s.depth(),
                s.owner(),
                s.items().stream().map(i -> item(i, f)).toList(),
                s.children().stream().map(c -> section(c, f)).toList(),
                s.unitNames(),
                s.appendix(),
                s.landscape());
    }

    private static TemplateItem item(TemplateItem i, UnaryOperator<String> f) {
        return new TemplateItem(
                i.code(),
                f.apply(i.label()),
                f.apply(i.heading()),
                f.apply(i.guidance()),
                i.required(),
                i.indicators().stream().map(x -> indicator(x, f)).toList(),
                i.rules().stream()
                        .map(r -> new IndicatorRule(r.expression(), f.apply(r.message())))
                        .toList(),
                i.tables().stream().map(t -> table(t, f)).toList(),
                i.figures(),
                i.inline(),
                i.unitTables().stream()
                        .map(t -> new UnitTable(
                                t.code(),
                                f.apply(t.title()),
                                f.apply(t.totalLabel()),
                                f.apply(t.unitHeader()),
                                t.perUnit(),
                                t.columns().stream().map(x -> indicator(x, f)).toList(),
                                t.summed()))
                        .toList(),
                i.owner());
    }

    private static Indicator indicator(Indicator x, UnaryOperator<String> f) {
        return new Indicator(
                x.key(),
                f.apply(x.label()),
                x.type(),
                f.apply(x.unit()),
                x.min(),
                x.max(),
                x.formula(),
                x.cumulativeOf(),
                x.cumulativeSince(),
                x.decimals(),
                x.carry(),
                x.hidden(),
                x.digits());
    }

    private static IndicatorTable table(IndicatorTable t, UnaryOperator<String> f) {
        return new IndicatorTable(
                t.code(),
                f.apply(t.title()),
                f.apply(t.rowHeader()),
                t.columns().stream().map(f).toList(),
                t.rows().stream()
                        .map(r -> new IndicatorTable.Row(f.apply(r.label()), r.cells()))
                        .toList());
    }

    private static TemplateAggregate aggregate(TemplateAggregate a, UnaryOperator<String> f) {
        List<TemplateAggregate.Column> columns = a.columns().stream()
                .map(c -> new TemplateAggregate.Column(c.name(), f.apply(c.label()), c.sum(), c.formula(), c.percent()))
                .toList();
        return new TemplateAggregate(
                a.code(), f.apply(a.title()), a.after(), f.apply(a.rowHeader()), f.apply(a.totalLabel()), columns);
    }
}
