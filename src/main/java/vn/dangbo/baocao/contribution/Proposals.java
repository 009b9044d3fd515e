package vn.dangbo.baocao.contribution;

import java.util.List;
import java.util.Map;

/**
 * What an import or a carry forward would write, shown for confirmation, and what the user confirms.
 * Nothing is saved until the confirmed changes come back with the versions they were proposed against.
 */
public final class Proposals {

    private Proposals() {}

    /** @param source the imported file's name, or the earlier report's title */
    public record Preview(String unitCode, String source, List<SectionProposal> sections) {}

    public record SectionProposal(String code, String heading, int version, List<ItemProposal> items) {}

    /**
     * @param replaces true when the item already has other text that the proposal would replace
     * @param indicators proposed typed values (canonical, "1235.5"); empty for an import
     */
    public record ItemProposal(
            String code,
            String heading,
            String currentText,
            String proposedText,
            boolean replaces,
            Map<String, String> indicators) {}

    /** A confirmed change of one section, against the version it was proposed for. */
    public record SectionChange(String code, int version, List<ItemChange> items) {}

    /** {@code text} null keeps the item's text; indicators (canonical) are merged over the item's values. */
    public record ItemChange(String code, String text, Map<String, String> indicators) {}
}
