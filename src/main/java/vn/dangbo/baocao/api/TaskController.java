package vn.dangbo.baocao.api;

import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.contribution.TaskDetail;
import vn.dangbo.baocao.contribution.TaskDetails;
import vn.dangbo.baocao.identity.CurrentActor;
import vn.dangbo.baocao.inbox.DonePage;
import vn.dangbo.baocao.inbox.InboxService;
import vn.dangbo.baocao.inbox.TaskFilter;
import vn.dangbo.baocao.inbox.TaskView;
import vn.dangbo.baocao.report.UnitStatus;

@RestController
@RequestMapping("/api/tasks")
class TaskController {

    record CompleteRequest(String action, String comment) {}

    private final CurrentActor current;
    private final InboxService inbox;
    private final TaskDetails details;

    TaskController(CurrentActor current, InboxService inbox, TaskDetails details) {
        this.current = current;
        this.inbox = inbox;
        this.details = details;
    }

    @GetMapping
    List<TaskView> tasks(
            @RequestParam(required = false) UnitStatus status,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer month) {
        return inbox.tasks(current.get(), new TaskFilter(status, year, month));
    }

    @GetMapping("/count")
    Map<String, Long> count() {
        return Map.of("count", inbox.countOpen(current.get()));
    }

    @GetMapping("/done")
    DonePage done(@RequestParam(defaultValue = "0") int page) {
        return inbox.done(current.get(), page);
    }

    @GetMapping("/{id}")
    TaskDetail task(@PathVariable String id) {
        return details.of(current.get(), id);
    }

    @PostMapping("/{id}/complete")
    ResponseEntity<Void> complete(@PathVariable String id, @RequestBody CompleteRequest request) {
        InboxService.Action action;
        try {
            action = InboxService.Action.valueOf(String.valueOf(request.action()));
        } catch (IllegalArgumentException e) {
            throw AppException.invalid("error.task.action", String.valueOf(request.action()));
        }
        inbox.complete(current.get(), id, action, request.comment());
        return ResponseEntity.noContent().build();
    }
}
