package vn.dangbo.baocao.contribution;

import java.util.List;
import java.util.Map;

/**
 * A unit table's rows checked as typed, without saving: what each row shows (computed cells included), the total
 * row, and the problems of single cells.
 *
 * @param rows each row's values as shown, in the order typed
 * @param total the total row as shown: summed columns added up, formula columns computed over the sums
 */
public record TableCheck(List<Map<String, String>> rows, Map<String, String> total, List<CellProblem> problems) {

    public TableCheck {
        rows = List.copyOf(rows);
        total = Map.copyOf(total);
        problems = List.copyOf(problems);
    }

    /**
     * @param row 1-based, as the message says it ("…, dòng 2: …")
     * @param message the full message, naming the table and the row
     * @param blocking an unreadable value (the save is refused); otherwise a computed value out of its bounds
     */
    public record CellProblem(int row, String key, String message, boolean blocking) {}
}
