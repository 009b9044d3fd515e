package vn.dangbo.baocao.contribution;

import java.util.List;

/** Two versions of one unit's part of a section, item by item: the text's lines and the changed figures. */
public record VersionDiff(
        String sectionCode, String unitCode, VersionSummary from, VersionSummary to, List<ItemDiff> items) {

    public record ItemDiff(
            String code,
            String heading,
            String before,
            String after,
            List<LineDiff.Line> lines,
            List<FigureChange> figures,
            boolean changed) {}

    /** An indicator whose value differs; a missing value is null. */
    public record FigureChange(String key, String label, String before, String after) {}
}
