package vn.dangbo.baocao.report.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.report.ProgressBoard;

/** Submissions over time against the deadline, drawn by Chart.js in frontend/components/submission-chart.js. */
@Tag("submission-chart")
@NpmPackage(value = "chart.js", version = "4.6.1")
@JsModule("./components/submission-chart.js")
class SubmissionChart extends Component {

    private static final ObjectMapper JSON = new ObjectMapper();

    SubmissionChart(ProgressBoard board) {
        setId("submission-chart");
        getElement().setProperty("data", data(board).toString());
    }

    /** Each submission is a point; the line counts the units that have submitted at least once. */
    static ObjectNode data(ProgressBoard board) {
        Map<String, String> names = board.units().stream()
                .collect(Collectors.toMap(
                        ProgressBoard.UnitProgress::unitCode, ProgressBoard.UnitProgress::unitName, (a, b) -> a));
        ObjectNode root = JSON.createObjectNode();
        ArrayNode points = root.putArray("points");
        Set<String> submitted = new HashSet<>();
        board.submissions().stream()
                .sorted(java.util.Comparator.comparing(ProgressBoard.Submission::at))
                .forEach(s -> {
                    boolean again = !submitted.add(s.unitCode());
                    String name = names.getOrDefault(s.unitCode(), s.unitCode());
                    points.addObject()
                            .put("t", s.at().toEpochMilli())
                            .put("n", submitted.size())
                            .put("label", again ? Messages.get("ui.board.chart.resubmitted", name) : name);
                });
        root.put("deadline", board.deadline().toEpochMilli());
        root.put("now", board.at().toEpochMilli());
        root.put("total", board.units().size());
        ObjectNode labels = root.putObject("labels");
        labels.put("title", Messages.get("ui.board.chart.title"));
        labels.put("submitted", Messages.get("ui.board.chart.submitted"));
        labels.put("deadline", Messages.get("ui.board.chart.deadline"));
        labels.put("expected", Messages.get("ui.board.chart.expected"));
        labels.put("units", Messages.get("ui.board.chart.units"));
        return root;
    }
}
