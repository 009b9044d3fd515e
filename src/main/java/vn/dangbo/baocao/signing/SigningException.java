package vn.dangbo.baocao.signing;

import vn.dangbo.baocao.common.Messages;

/** Signing could not be done; the message is Vietnamese and safe to show (it never holds a secret). */
public class SigningException extends RuntimeException {

    public SigningException(String reason) {
        super(Messages.get("signing.failed", reason));
    }

    public SigningException(String reason, Throwable cause) {
        super(Messages.get("signing.failed", reason), cause);
    }
}
