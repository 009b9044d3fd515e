package vn.dangbo.baocao.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dangbo.baocao.identity.CurrentActor;
import vn.dangbo.baocao.issuance.IssuanceService;
import vn.dangbo.baocao.signing.SigningPolicy;

/** "Issue unsigned, sign later": the administrator's choice, and the signer's later "Ký số". */
@RestController
class SignLaterController {

    record Policy(boolean signLater) {}

    private final IssuanceService issuance;
    private final SigningPolicy policy;
    private final CurrentActor current;

    SignLaterController(IssuanceService issuance, SigningPolicy policy, CurrentActor current) {
        this.issuance = issuance;
        this.policy = policy;
        this.current = current;
    }

    @PutMapping("/api/admin/signing-policy")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void setPolicy(@RequestBody Policy body) {
        policy.set(current.get(), body.signLater());
    }

    /** Signs a document issued unsigned ("chờ ký số"): 204; 403 for anyone but its signer; 409 with the reason. */
    @PostMapping("/api/reports/{id}/signature")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void sign(@PathVariable long id) {
        issuance.signLater(current.get(), id);
    }
}
