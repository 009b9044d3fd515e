package vn.dangbo.baocao.issuance;

import java.time.Instant;
import java.time.LocalDate;

/**
 * How one register (issuer and document type) of an organisation runs: from {@code termStart}, starting at
 * {@code firstNumber}. {@code updatedBy} is null while nothing was configured (the organisation's term start
 * and number 1 apply).
 */
public record RegisterSetting(
        String issuerCode,
        String documentType,
        LocalDate termStart,
        int firstNumber,
        String updatedBy,
        Instant updatedAt) {

    public boolean configured() {
        return updatedBy != null;
    }
}
