package vn.dangbo.baocao.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.dangbo.baocao.common.Messages;

/**
 * The words an organisation uses and the positions its signers hold.
 *
 * @param unit what its units are called, lower case: chi bộ; phòng, ban
 * @param office its office: "Văn phòng Đảng ủy", "Văn phòng HĐND và UBND"
 * @param leadership who approves and signs: "Ban Thường vụ", "Thường trực UBND"
 * @param authority the signature's first line when neither the template nor the report says otherwise
 * @param positions the signers' positions, in the order offered: "BÍ THƯ", "PHÓ BÍ THƯ"
 */
public record Vocabulary(
        OrganisationKind kind,
        String unit,
        String office,
        String leadership,
        String authority,
        List<String> positions) {

    public Vocabulary {
        positions = List.copyOf(positions);
    }

    public static Vocabulary defaults(OrganisationKind kind) {
        String prefix = "vocabulary." + kind.name() + ".";
        return new Vocabulary(
                kind,
                Messages.get(prefix + "unit"),
                Messages.get(prefix + "office"),
                Messages.get(prefix + "leadership"),
                Messages.get(prefix + "authority"),
                Arrays.asList(Messages.get(prefix + "positions").split("\\|")));
    }

    /** The words the messages name: {unit}, {Unit}, {office}, {leadership}, {authority}. */
    public Map<String, String> words() {
        return Map.of(
                "unit",
                unit,
                "Unit",
                Messages.capitalised(unit),
                "office",
                office,
                "leadership",
                leadership,
                "authority",
                authority);
    }

    /** The positions as a choice: BÍ THƯ hoặc PHÓ BÍ THƯ; A, B hoặc C. */
    public String positionChoices() {
        if (positions.size() <= 1) {
            return String.join("", positions);
        }
        return String.join(", ", positions.subList(0, positions.size() - 1)) + " " + Messages.get("vocabulary.or") + " "
                + positions.get(positions.size() - 1);
    }
}
