package vn.dangbo.baocao.contribution;

import java.time.Instant;

/** One saved version of a part: who saved it, for which unit, when, and the hash of its content. */
public record VersionSummary(int version, String savedBy, String savedByUnit, Instant savedAt, String contentHash) {

    static VersionSummary of(SectionContent c) {
        return new VersionSummary(c.version(), c.savedBy(), c.savedByUnit(), c.savedAt(), c.contentHash());
    }
}
