package vn.dangbo.baocao.template;

/** A formula or rule that cannot be read; the message is Vietnamese and names the position. */
public class ExpressionException extends RuntimeException {

    public ExpressionException(String message) {
        super(message);
    }
}
