package vn.dangbo.baocao.issuance;

/** A .docx turned into a complete PDF, or a {@link PdfConversionException} with a Vietnamese message. */
public interface PdfConversion {

    byte[] toPdf(byte[] docx);
}
