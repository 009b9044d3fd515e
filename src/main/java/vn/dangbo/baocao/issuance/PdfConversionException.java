package vn.dangbo.baocao.issuance;

/** The .docx could not be turned into a PDF; the message is for the user, in Vietnamese. */
public class PdfConversionException extends RuntimeException {

    PdfConversionException(String message) {
        super(message);
    }

    PdfConversionException(String message, Throwable cause) {
        super(message, cause);
    }
}
