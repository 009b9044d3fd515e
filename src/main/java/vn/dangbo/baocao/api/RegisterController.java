package vn.dangbo.baocao.api;

import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangbo.baocao.issuance.IssuanceService;
import vn.dangbo.baocao.organisation.CurrentActor;

@RestController
@RequestMapping("/api/register")
class RegisterController {

    record RegisterLine(int number, String symbol, Instant issuedAt, String title, long reportId, String sha256) {
    }

    private final CurrentActor current;
    private final IssuanceService issuance;

    RegisterController(CurrentActor current, IssuanceService issuance) {
        this.current = current;
        this.issuance = issuance;
    }

    @GetMapping
    List<RegisterLine> register(@RequestParam(required = false) Integer year) {
        return issuance.register(current.get(), year).stream()
                .map(d -> new RegisterLine(d.number(), d.symbol(), d.issuedAt(), d.title(), d.reportId(), d.sha256()))
                .toList();
    }
}
