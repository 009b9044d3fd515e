package vn.dangbo.baocao.template.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.template.Indicator;
import vn.dangbo.baocao.template.IndicatorRule;
import vn.dangbo.baocao.template.IndicatorTable;
import vn.dangbo.baocao.template.ReportTemplate;
import vn.dangbo.baocao.template.SectionOwner;
import vn.dangbo.baocao.template.TemplateItem;
import vn.dangbo.baocao.template.TemplateSection;

/** A template as lines a reader understands: headings, who writes them, guidance, figures and rules in words. */
final class TemplateOutline {

    enum Kind {
        SUBJECT,
        HEADING,
        OWNER,
        GUIDANCE,
        INDICATOR,
        RULE,
        TABLE
    }

    record Line(Kind kind, int level, String text) {}

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*|==|!=|<=|>=|\\*");

    private TemplateOutline() {}

    static List<Line> of(ReportTemplate template) {
        List<Line> lines = new ArrayList<>();
        lines.add(
                new Line(Kind.SUBJECT, 0, Messages.get("ui.templates.subject", String.join(" ", template.subject()))));
        for (TemplateSection section : template.allSections()) {
            int level = section.depth();
            lines.add(new Line(Kind.HEADING, level, section.numberedHeading()));
            if (!section.holdsContent()) {
                continue;
            }
            lines.add(new Line(Kind.OWNER, level, Messages.get("ui.templates.writer", owner(section.owner()))));
            for (TemplateItem item : section.items()) {
                item(lines, template, item, level + 1);
                if (!section.ownerOf(item).equals(section.owner())) {
                    lines.add(new Line(
                            Kind.OWNER, level + 1, Messages.get("ui.templates.writer", owner(section.ownerOf(item)))));
                }
            }
        }
        return lines;
    }

    static String owner(SectionOwner owner) {
        return switch (owner.kind()) {
            case OFFICE -> Messages.get("ui.templates.owner.office");
            case EACH -> Messages.get("ui.templates.owner.each");
            case ROLE -> Messages.get("ui.templates.owner.role", owner.roleKey());
        };
    }

    private static void item(List<Line> lines, ReportTemplate template, TemplateItem item, int level) {
        String heading = item.numberedHeading();
        if (!heading.isBlank()) {
            lines.add(new Line(
                    Kind.HEADING,
                    level,
                    heading + (item.required() ? "" : " " + Messages.get("ui.templates.optional"))));
        }
        if (item.guidance() != null && !item.guidance().isBlank()) {
            lines.add(new Line(Kind.GUIDANCE, level, item.guidance()));
        }
        for (Indicator indicator : item.indicators()) {
            lines.add(new Line(Kind.INDICATOR, level, indicator(template, indicator)));
        }
        for (IndicatorRule rule : item.rules()) {
            lines.add(new Line(
                    Kind.RULE,
                    level,
                    Messages.get("ui.templates.rule", words(template, rule.expression()), rule.message())));
        }
        for (IndicatorTable table : item.tables()) {
            lines.add(new Line(
                    Kind.TABLE,
                    level,
                    Messages.get(
                            "ui.templates.table",
                            table.title(),
                            table.rows().size(),
                            table.columns().size())));
        }
    }

    static String indicator(ReportTemplate template, Indicator indicator) {
        StringBuilder text = new StringBuilder(indicator.label());
        text.append(" — ")
                .append(Messages.get("ui.templates.type." + indicator.type().name()));
        if (indicator.unit() != null && !indicator.unit().isBlank()) {
            text.append(", ").append(Messages.get("ui.templates.unit", indicator.unit()));
        }
        if (indicator.cumulative()) {
            String since = indicator.cumulativeSince() == null
                    ? ""
                    : " " + Messages.get("ui.templates.since", Formats.date(indicator.cumulativeSince()));
            text.append(". ")
                    .append(Messages.get("ui.templates.cumulative", label(template, indicator.cumulativeOf()), since));
        } else if (indicator.hasFormula()) {
            text.append(". ").append(Messages.get("ui.templates.formula", words(template, indicator.formula())));
        }
        return text.toString();
    }

    /** An expression with each key replaced by its indicator's label, and operators as a reader writes them. */
    static String words(ReportTemplate template, String expression) {
        Matcher matcher = TOKEN.matcher(expression);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String token = matcher.group();
            boolean call = expression.substring(matcher.end()).stripLeading().startsWith("(");
            String replacement = switch (token) {
                case "==" -> "=";
                case "!=" -> "≠";
                case "<=" -> "≤";
                case ">=" -> "≥";
                case "*" -> "×";
                case "and" -> Messages.get("ui.templates.and");
                case "or" -> Messages.get("ui.templates.or");
                case "not" -> Messages.get("ui.templates.not");
                default -> call ? token : "«" + label(template, token) + "»";
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String label(ReportTemplate template, String key) {
        return template.indicator(key).map(Indicator::label).orElse(key);
    }
}
