package vn.dangbo.baocao.api;

import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dangbo.baocao.identity.CurrentActor;
import vn.dangbo.baocao.report.AssignmentService;
import vn.dangbo.baocao.report.BoardService;
import vn.dangbo.baocao.report.DeadlineService;
import vn.dangbo.baocao.report.ProgressBoard;

/** The office's follow-up of a report while collecting: deadlines, reassignment, progress board. */
@RestController
@RequestMapping("/api/reports/{id}")
class DeadlineController {

    record DeadlineRequest(String unitCode, Instant deadline) {}

    record ReassignRequest(String roleKey, String unitCode) {}

    private final CurrentActor current;
    private final DeadlineService deadlines;
    private final AssignmentService assignments;
    private final BoardService boards;

    DeadlineController(
            CurrentActor current, DeadlineService deadlines, AssignmentService assignments, BoardService boards) {
        this.current = current;
        this.deadlines = deadlines;
        this.assignments = assignments;
        this.boards = boards;
    }

    @PostMapping("/deadline")
    ResponseEntity<Void> deadline(@PathVariable long id, @RequestBody DeadlineRequest request) {
        deadlines.extendDeadline(current.get(), id, request.unitCode(), request.deadline());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/reassign")
    ResponseEntity<Void> reassign(@PathVariable long id, @RequestBody ReassignRequest request) {
        assignments.reassign(current.get(), id, request.roleKey(), request.unitCode());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/board")
    ProgressBoard board(@PathVariable long id) {
        return boards.board(current.get(), id);
    }
}
