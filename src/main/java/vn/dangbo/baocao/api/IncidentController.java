package vn.dangbo.baocao.api;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dangbo.baocao.identity.CurrentActor;
import vn.dangbo.baocao.operations.IncidentService;
import vn.dangbo.baocao.operations.IncidentSummary;

/** Failed automatic steps of the caller's organisation (administrator): list, stack trace, retry. */
@RestController
@RequestMapping("/api/admin/incidents")
class IncidentController {

    private final IncidentService incidents;
    private final CurrentActor current;

    IncidentController(IncidentService incidents, CurrentActor current) {
        this.incidents = incidents;
        this.current = current;
    }

    @GetMapping
    List<IncidentSummary> list() {
        return incidents.incidents(current.get());
    }

    @GetMapping(value = "/{id}/stacktrace", produces = MediaType.TEXT_PLAIN_VALUE)
    String stacktrace(@PathVariable String id) {
        return incidents.stacktrace(current.get(), id);
    }

    @PostMapping("/{id}/retry")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void retry(@PathVariable String id) {
        incidents.retry(current.get(), id);
    }
}
