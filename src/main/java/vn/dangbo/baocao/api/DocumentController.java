package vn.dangbo.baocao.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.dangbo.baocao.issuance.DocumentVerification;
import vn.dangbo.baocao.issuance.DocumentVerifier;

/** Public: anyone holding an issued document's hash may check it (no login; SecurityConfiguration). */
@RestController
class DocumentController {

    private final DocumentVerifier verifier;

    DocumentController(DocumentVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/api/documents/{sha256}/verify")
    DocumentVerification verify(@PathVariable String sha256) {
        return verifier.byHash(sha256);
    }
}
