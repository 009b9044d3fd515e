package vn.dangbo.baocao.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dangbo.baocao.audit.AuditVerifier;
import vn.dangbo.baocao.organisation.CurrentActor;

@RestController
@RequestMapping("/api/audit")
class AuditController {

    private final CurrentActor current;
    private final AuditVerifier verifier;

    AuditController(CurrentActor current, AuditVerifier verifier) {
        this.current = current;
        this.verifier = verifier;
    }

    @GetMapping("/verify")
    Map<String, Object> verify() {
        AuditVerifier.Result result = verifier.verify(current.get().organisationId());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ok", result.ok());
        body.put("entries", result.entries());
        if (!result.ok()) {
            body.put("brokenAt", result.brokenAt());
        }
        return body;
    }
}
