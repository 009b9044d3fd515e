package vn.dangbo.baocao.issuance;

import java.time.Instant;
import java.time.LocalDate;

/** A line of the register with its file's identity (the bytes are read separately). */
public record IssuedDocument(
        long id,
        long reportId,
        int number,
        String symbol,
        String title,
        LocalDate issuedOn,
        Instant issuedAt,
        String fileName,
        String sha256) {}
