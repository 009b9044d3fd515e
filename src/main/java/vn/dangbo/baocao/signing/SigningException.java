package vn.dangbo.baocao.signing;

import vn.dangbo.baocao.common.Messages;

/** Signing could not be done; the message is Vietnamese and safe to show (it never holds a secret). */
public class SigningException extends RuntimeException {

    private final String reason;

    public SigningException(String reason) {
        super(Messages.get("signing.failed", reason));
        this.reason = reason;
    }

    public SigningException(String reason, Throwable cause) {
        super(Messages.get("signing.failed", reason), cause);
        this.reason = reason;
    }

    /** The cause alone, without "Không ký số được văn bản: ". */
    public String reason() {
        return reason;
    }
}
