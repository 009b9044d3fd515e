package vn.dangbo.baocao.template;

import java.util.List;

/**
 * A summary table the office never types: one row per participating unit that reported any of its figures,
 * and a total row. A column either sums indicator keys of each unit ({@code sum}) or computes from other
 * columns ({@code formula}, e.g. a rate), and in the total row the formula is applied to the column sums.
 *
 * @param after the section at whose end the table stands (with its sub-sections); null: end of the body
 */
public record TemplateAggregate(
        String code, String title, String after, String rowHeader, String totalLabel, List<Column> columns) {

    public TemplateAggregate {
        columns = List.copyOf(columns);
    }

    /**
     * @param sum indicator keys added up for a unit (a unit writes only some of them, e.g. its role's)
     * @param formula an expression over the names of earlier columns
     * @param percent shown with "%" and one decimal at most
     */
    public record Column(String name, String label, List<String> sum, String formula, boolean percent) {

        public Column {
            sum = sum == null ? List.of() : List.copyOf(sum);
        }

        public boolean computed() {
            return formula != null && !formula.isBlank();
        }
    }
}
