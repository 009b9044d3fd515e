package vn.dangbo.baocao.issuance;

import java.util.Map;
import vn.dangbo.baocao.issuance.FormatProfile.RegisterRestart;

/**
 * How a document is numbered: {@code pattern} uses {number}, {type} and {issuer}, e.g.
 * "{number}-{type}/{issuer}" → "47-BC/ĐU".
 *
 * @param documentTypes document type name in capitals → abbreviation ("BÁO CÁO" → "BC")
 * @param issuers start of the issuer's name in capitals → code ("ĐẢNG ỦY" → "ĐU")
 */
public record DocumentNumbering(
        String prefix,
        String pattern,
        int minDigits,
        RegisterRestart restart,
        Map<String, String> documentTypes,
        Map<String, String> issuers) {

    public DocumentNumbering {
        documentTypes = documentTypes == null ? Map.of() : Map.copyOf(documentTypes);
        issuers = issuers == null ? Map.of() : Map.copyOf(issuers);
        if (minDigits < 1) {
            throw new IllegalArgumentException("minDigits must be at least 1");
        }
    }

    String symbol(int number, String documentType, String issuerCode) {
        if (number < 1) {
            throw new IllegalArgumentException("document number must be positive: " + number);
        }
        return fill(String.format("%0" + minDigits + "d", number), documentType, issuerCode);
    }

    /** The symbol with the number left blank, as drafts show it: "      -BC/ĐU". */
    String blankSymbol(String blank, String documentType, String issuerCode) {
        return fill(blank, documentType, issuerCode);
    }

    private String fill(String number, String documentType, String issuerCode) {
        return pattern.replace("{number}", number)
                .replace("{type}", documentType)
                .replace("{issuer}", issuerCode);
    }
}
