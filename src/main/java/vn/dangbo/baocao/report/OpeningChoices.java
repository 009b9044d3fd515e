package vn.dangbo.baocao.report;

import java.util.List;
import java.util.Map;

/** What the office chooses from when it opens a report: templates, chi bộ units and possible signers. */
public record OpeningChoices(List<TemplateChoice> templates, List<UnitChoice> units, List<SignerChoice> signers) {

    /**
     * The latest version of a template.
     *
     * @param roles role key to the heading of the first section the role writes, in document order
     */
    public record TemplateChoice(
            String id,
            int version,
            String title,
            String basis,
            List<String> recipients,
            Map<String, String> roles,
            boolean hasEachSections) {}

    public record UnitChoice(String code, String name) {}

    public record SignerChoice(String username, String fullName, String position) {}
}
