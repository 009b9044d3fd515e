package vn.dangbo.baocao.contribution;

import java.time.Instant;

/** A file attached (phụ lục) to a unit's part of a section; the bytes are read only for a download. */
public record Attachment(
        long id,
        long reportId,
        String sectionCode,
        long unitId,
        String fileName,
        String contentType,
        long size,
        String sha256,
        String uploadedBy,
        Instant uploadedAt) {}
