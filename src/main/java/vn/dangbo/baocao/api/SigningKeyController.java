package vn.dangbo.baocao.api;

import java.util.Base64;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.identity.CurrentActor;
import vn.dangbo.baocao.signing.SigningKeys;

/** An administrator installs the organisation's (username empty) or a signer's PKCS#12 keystore. */
@RestController
class SigningKeyController {

    /** {@code pkcs12}: the .p12 file in Base64; the password is never logged nor returned. */
    record KeystoreUpload(String username, String pkcs12, String password) {
        @Override
        public String toString() {
            return "KeystoreUpload[" + username + "]";
        }
    }

    private final SigningKeys keys;
    private final CurrentActor current;

    SigningKeyController(SigningKeys keys, CurrentActor current) {
        this.keys = keys;
        this.current = current;
    }

    @PutMapping("/api/admin/signing-keys")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void install(@RequestBody KeystoreUpload upload) {
        var actor = current.get();
        keys.requireAdmin(actor);
        if (upload.pkcs12() == null || upload.password() == null) {
            throw AppException.invalid("signing.install.incomplete");
        }
        byte[] pkcs12;
        try {
            pkcs12 = Base64.getMimeDecoder().decode(upload.pkcs12());
        } catch (IllegalArgumentException e) {
            throw AppException.invalid("signing.install.incomplete");
        }
        String username = upload.username() == null || upload.username().isBlank()
                ? null
                : upload.username().trim();
        keys.install(actor, username, pkcs12, upload.password().toCharArray());
    }
}
