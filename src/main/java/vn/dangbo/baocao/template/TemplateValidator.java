package vn.dangbo.baocao.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.dangbo.baocao.common.Messages;

/**
 * Checks a parsed template as a whole: unique codes and keys, expressions that parse and name keys of their
 * item, no cycles among computed indicators, consistent types and bounds, table cells naming known keys.
 * Paths follow the document: {@code sections[2].sections[0].items[1].indicators[3].formula}.
 */
public final class TemplateValidator {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern ROLE = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    private final List<TemplateProblem> problems = new ArrayList<>();
    private final Map<String, String> sectionCodes = new HashMap<>();
    private final Map<String, String> itemCodes = new HashMap<>();
    private final Map<String, String> keyPaths = new HashMap<>();
    private final Map<String, String> keyItems = new HashMap<>();
    private final Map<String, String> tableCodes = new HashMap<>();

    private TemplateValidator() {}

    public static List<TemplateProblem> validate(ReportTemplate template) {
        TemplateValidator v = new TemplateValidator();
        v.template(template);
        return v.problems;
    }

    private void template(ReportTemplate t) {
        if (!t.id().isBlank() && !ID.matcher(t.id()).matches()) {
            problem("id", Messages.get("template.problem.id"));
        }
        for (int i = 0; i < t.subject().size(); i++) {
            placeholders(t.subject().get(i), "subject[" + i + "]");
        }
        placeholders(t.basis(), "basis");
        if (t.format() != null
                && (!ID.matcher(t.format()).matches()
                        || TemplateValidator.class
                                        .getClassLoader()
                                        .getResource("format-profiles/" + t.format() + ".yml")
                                == null)) {
            problem("format", Messages.get("template.problem.format", t.format()));
        }
        placeholders(t.closing(), "closing");
        for (int i = 0; i < t.recipients().size(); i++) {
            placeholders(t.recipients().get(i), "recipients[" + i + "]");
        }
        if (t.signature() != null) {
            placeholders(t.signature().authority(), "signature.authority");
            placeholders(t.signature().position(), "signature.position");
        }
        collectKeys(t.sections(), "sections");
        sections(t.sections(), "sections");
        aggregates(t);
    }

    private void aggregates(ReportTemplate t) {
        Map<String, String> codes = new HashMap<>();
        for (int a = 0; a < t.aggregates().size(); a++) {
            TemplateAggregate aggregate = t.aggregates().get(a);
            String ap = "aggregates[" + a + "]";
            placeholders(aggregate.title(), ap + ".title");
            placeholders(aggregate.rowHeader(), ap + ".rowHeader");
            placeholders(aggregate.totalLabel(), ap + ".totalLabel");
            if (!aggregate.code().isBlank() && codes.putIfAbsent(aggregate.code(), ap) != null) {
                problem(
                        ap + ".code",
                        Messages.get(
                                "template.problem.aggregateDuplicate", aggregate.code(), codes.get(aggregate.code())));
            }
            if (aggregate.after() != null && t.section(aggregate.after()).isEmpty()) {
                problem(ap + ".after", Messages.get("template.problem.aggregateAfter", aggregate.after()));
            }
            if (aggregate.columns().isEmpty()) {
                problem(ap + ".columns", Messages.get("template.problem.aggregateNoColumns"));
            }
            Map<String, Boolean> earlier = new LinkedHashMap<>();
            for (int c = 0; c < aggregate.columns().size(); c++) {
                TemplateAggregate.Column column = aggregate.columns().get(c);
                String cp = ap + ".columns[" + c + "]";
                placeholders(column.label(), cp + ".label");
                if (column.computed() == !column.sum().isEmpty()) {
                    problem(cp, Messages.get("template.problem.columnSumOrFormula"));
                }
                for (String key : column.sum()) {
                    Indicator indicator = t.indicator(key).orElse(null);
                    if (indicator == null) {
                        problem(cp + ".sum", Messages.get("template.problem.columnUnknownKey", key));
                    } else if (indicator.type() != IndicatorType.INTEGER
                            && indicator.type() != IndicatorType.DECIMAL
                            && indicator.type() != IndicatorType.MONEY) {
                        problem(cp + ".sum", Messages.get("template.problem.columnNotCountable", key));
                    }
                }
                if (column.computed()) {
                    Expression e = expression(column.formula(), cp + ".formula");
                    if (e != null && e.condition()) {
                        problem(cp + ".formula", Messages.get("template.problem.columnFormulaCondition"));
                    } else if (e != null) {
                        for (String name : e.keys()) {
                            if (!earlier.containsKey(name)) {
                                problem(cp + ".formula", Messages.get("template.problem.columnLaterName", name));
                            }
                        }
                    }
                }
                if (!column.name().isBlank()
                        && (!KEY.matcher(column.name()).matches() || earlier.put(column.name(), true) != null)) {
                    problem(cp + ".name", Messages.get("template.problem.columnName", column.name()));
                }
            }
        }
    }

    private void placeholders(String text, String path) {
        for (String name : Placeholders.names(text)) {
            if (!Placeholders.NAMES.contains(name)) {
                problem(path, Messages.get("template.problem.placeholder", name));
            }
        }
    }

    private void collectKeys(List<TemplateSection> sections, String path) {
        for (int s = 0; s < sections.size(); s++) {
            TemplateSection section = sections.get(s);
            String sp = path + "[" + s + "]";
            for (int i = 0; i < section.items().size(); i++) {
                TemplateItem item = section.items().get(i);
                for (int k = 0; k < item.indicators().size(); k++) {
                    String key = item.indicators().get(k).key();
                    String kp = sp + ".items[" + i + "].indicators[" + k + "].key";
                    if (key.isBlank()) {
                        continue;
                    }
                    if (!KEY.matcher(key).matches()
                            || ExpressionParser.KEYWORDS.contains(key)
                            || ExpressionParser.FUNCTIONS.contains(key)) {
                        problem(kp, Messages.get("template.problem.key", key));
                    }
                    String earlier = keyPaths.putIfAbsent(key, kp);
                    if (earlier != null) {
                        problem(kp, Messages.get("template.problem.duplicateKey", key, earlier));
                    } else {
                        keyItems.put(key, item.code());
                    }
                }
            }
            collectKeys(section.children(), sp + ".sections");
        }
    }

    private void sections(List<TemplateSection> sections, String path) {
        for (int s = 0; s < sections.size(); s++) {
            TemplateSection section = sections.get(s);
            String sp = path + "[" + s + "]";
            unique(sectionCodes, section.code(), sp + ".code", "template.problem.duplicateSection");
            placeholders(section.heading(), sp + ".heading");
            placeholders(section.label(), sp + ".label");
            SectionOwner owner = section.owner();
            if (owner != null
                    && owner.kind() == SectionOwner.Kind.ROLE
                    && !ROLE.matcher(owner.roleKey()).matches()) {
                problem(sp + ".owner", Messages.get("template.problem.role", owner.roleKey()));
            }
            for (int i = 0; i < section.items().size(); i++) {
                TemplateItem item = section.items().get(i);
                item(item, sp + ".items[" + i + "]");
                itemOwner(item, sp + ".items[" + i + "].owner");
            }
            sections(section.children(), sp + ".sections");
        }
    }

    /** An item's own owner follows the rules of a section's (a well-formed role key). */
    private void itemOwner(TemplateItem item, String path) {
        SectionOwner owner = item.owner();
        if (owner != null
                && owner.kind() == SectionOwner.Kind.ROLE
                && !ROLE.matcher(owner.roleKey()).matches()) {
            problem(path, Messages.get("template.problem.role", owner.roleKey()));
        }
    }

    private void item(TemplateItem item, String path) {
        unique(itemCodes, item.code(), path + ".code", "template.problem.duplicateItem");
        placeholders(item.heading(), path + ".heading");
        placeholders(item.label(), path + ".label");
        placeholders(item.guidance(), path + ".guidance");
        Map<String, Indicator> own = new LinkedHashMap<>();
        item.indicators().forEach(i -> own.putIfAbsent(i.key(), i));
        Map<String, List<String>> dependencies = new LinkedHashMap<>();
        for (int k = 0; k < item.indicators().size(); k++) {
            Indicator indicator = item.indicators().get(k);
            String ip = path + ".indicators[" + k + "]";
            indicator(indicator, ip, own, dependencies);
        }
        cycles(item, path, dependencies);
        for (int r = 0; r < item.rules().size(); r++) {
            IndicatorRule rule = item.rules().get(r);
            String rp = path + ".rules[" + r + "].expression";
            placeholders(rule.message(), path + ".rules[" + r + "].message");
            if (rule.expression().isBlank()) {
                continue;
            }
            Expression e = expression(rule.expression(), rp);
            if (e == null) {
                continue;
            }
            if (!e.condition()) {
                problem(rp, Messages.get("template.problem.ruleNotCondition"));
            }
            references(e, rp, own);
        }
        for (int t = 0; t < item.tables().size(); t++) {
            table(item.tables().get(t), path + ".tables[" + t + "]");
        }
    }

    private void indicator(
            Indicator indicator, String path, Map<String, Indicator> own, Map<String, List<String>> dependencies) {
        boolean numeric = indicator.type().numeric();
        placeholders(indicator.label(), path + ".label");
        placeholders(indicator.unit(), path + ".unit");
        if (indicator.digits() != null && indicator.type() != IndicatorType.INTEGER) {
            problem(path + ".digits", Messages.get("template.problem.digitsType"));
        }
        if (!numeric && (indicator.min() != null || indicator.max() != null)) {
            problem(path + ".min", Messages.get("template.problem.minMaxType", typeName(indicator.type())));
        }
        if (indicator.min() != null
                && indicator.max() != null
                && indicator.min().compareTo(indicator.max()) > 0) {
            problem(path + ".min", Messages.get("template.problem.minAboveMax"));
        }
        if (indicator.hasFormula() && indicator.cumulative()) {
            problem(path + ".formula", Messages.get("template.problem.formulaAndCumulative"));
        }
        if (indicator.hasFormula()) {
            String fp = path + ".formula";
            if (!numeric) {
                problem(fp, Messages.get("template.problem.formulaType"));
            }
            Expression e = expression(indicator.formula(), fp);
            if (e != null) {
                if (e.condition()) {
                    problem(fp, Messages.get("template.problem.formulaCondition"));
                }
                references(e, fp, own);
                dependencies.put(indicator.key(), List.copyOf(e.keys()));
            }
        }
        if (indicator.cumulative()) {
            String cp = path + ".cumulativeOf";
            Indicator source = own.get(indicator.cumulativeOf());
            if (!numeric) {
                problem(cp, Messages.get("template.problem.cumulativeType"));
            }
            if (source == null) {
                problem(cp, unknownKey(indicator.cumulativeOf()));
            } else if (!source.type().numeric()) {
                problem(cp, Messages.get("template.problem.cumulativeSourceType", source.key()));
            } else if (source.cumulative()) {
                problem(cp, Messages.get("template.problem.cumulativeOfCumulative", source.key()));
            }
            if (indicator.cumulativeSince() == null) {
                problem(path + ".cumulativeSince", Messages.get("template.problem.cumulativeSince"));
            }
            dependencies.put(indicator.key(), List.of(indicator.cumulativeOf()));
        } else if (indicator.cumulativeSince() != null) {
            problem(path + ".cumulativeSince", Messages.get("template.problem.sinceWithoutCumulative"));
        }
    }

    private Expression expression(String text, String path) {
        try {
            return Expression.parse(text);
        } catch (ExpressionException e) {
            problem(path, Messages.get("template.problem.expression", e.getMessage()));
            return null;
        }
    }

    private void references(Expression e, String path, Map<String, Indicator> own) {
        for (String key : e.keys()) {
            Indicator target = own.get(key);
            if (target == null) {
                problem(path, unknownKey(key));
            } else if (!target.type().numeric()) {
                problem(path, Messages.get("template.problem.referenceType", key, typeName(target.type())));
            }
        }
    }

    private String unknownKey(String key) {
        String item = keyItems.get(key);
        if (item != null) {
            return Messages.get("template.problem.otherItem", key, item);
        }
        return Messages.get("template.problem.unknownKey", key);
    }

    private void cycles(TemplateItem item, String path, Map<String, List<String>> dependencies) {
        Map<String, Integer> state = new HashMap<>();
        for (String start : dependencies.keySet()) {
            List<String> trail = new ArrayList<>();
            if (cycle(start, dependencies, state, trail)) {
                int k = indexOf(item, trail.get(0));
                problem(
                        path + ".indicators[" + k + "]"
                                + (item.indicators().get(k).cumulative() ? ".cumulativeOf" : ".formula"),
                        Messages.get("template.problem.cycle", String.join(" → ", trail)));
                return;
            }
        }
    }

    /** Depth-first search; state 1 = on the current path, 2 = done. Leaves the cycle in {@code trail}. */
    private static boolean cycle(
            String key, Map<String, List<String>> deps, Map<String, Integer> state, List<String> trail) {
        Integer s = state.get(key);
        if (s != null && s == 2) {
            return false;
        }
        trail.add(key);
        if (s != null && s == 1) {
            trail.subList(0, trail.indexOf(key)).clear();
            return true;
        }
        state.put(key, 1);
        for (String next : deps.getOrDefault(key, List.of())) {
            if (cycle(next, deps, state, trail)) {
                return true;
            }
        }
        state.put(key, 2);
        trail.remove(trail.size() - 1);
        return false;
    }

    private static int indexOf(TemplateItem item, String key) {
        for (int i = 0; i < item.indicators().size(); i++) {
            if (item.indicators().get(i).key().equals(key)) {
                return i;
            }
        }
        return 0;
    }

    private void table(IndicatorTable table, String path) {
        unique(tableCodes, table.code(), path + ".code", "template.problem.duplicateTable");
        placeholders(table.title(), path + ".title");
        placeholders(table.rowHeader(), path + ".rowHeader");
        for (int c = 0; c < table.columns().size(); c++) {
            placeholders(table.columns().get(c), path + ".columns[" + c + "]");
        }
        for (int r = 0; r < table.rows().size(); r++) {
            IndicatorTable.Row row = table.rows().get(r);
            String rp = path + ".rows[" + r + "]";
            placeholders(row.label(), rp + ".label");
            if (row.cells().size() != table.columns().size()) {
                problem(
                        rp + ".cells",
                        Messages.get(
                                "template.problem.rowCells",
                                row.label(),
                                String.valueOf(row.cells().size()),
                                String.valueOf(table.columns().size())));
            }
            for (int c = 0; c < row.cells().size(); c++) {
                String key = row.cells().get(c);
                if (key != null && !keyPaths.containsKey(key)) {
                    problem(rp + ".cells[" + c + "]", Messages.get("template.problem.cellUnknownKey", key));
                }
            }
        }
    }

    private void unique(Map<String, String> seen, String code, String path, String messageKey) {
        if (code == null || code.isBlank()) {
            return;
        }
        String earlier = seen.putIfAbsent(code, path);
        if (earlier != null) {
            problem(path, Messages.get(messageKey, code, earlier));
        }
    }

    private static String typeName(IndicatorType type) {
        return type.name().toLowerCase(java.util.Locale.ROOT);
    }

    private void problem(String path, String message) {
        problems.add(new TemplateProblem(path, message));
    }
}
