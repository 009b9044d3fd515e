package vn.dangbo.baocao.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.File;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The national title and the motto never wrap: each line, measured with Liberation Serif (the metrics of Times
 * New Roman) and 4% more for a substitute face with other metrics, fits its column less the cell margins and,
 * where the rule sits under that very line, less the rule's indents.
 */
class MastheadWidthTest {

    private static final String FONTS = "/usr/share/fonts/truetype/liberation2/";
    /** Word's default left and right cell margins, 0.19 cm each. */
    private static final int CELL_MARGINS_TWIPS = 2 * 108;

    private static final double SUBSTITUTE_SLACK = 1.04;

    @ParameterizedTest
    @ValueSource(strings = {"party-36", "state-30"})
    void titleLinesFitTheirColumn(String id) throws Exception {
        FormatProfile profile = FormatProfiles.load(id);
        FormatProfile.Masthead masthead = profile.masthead();
        int textWidth = PageSetup.textWidth(profile);
        int right = textWidth - textWidth * masthead.leftWidthPercent() / 100;
        List<FormatProfile.Line> title = masthead.nationalTitle();
        for (int i = 0; i < title.size(); i++) {
            FormatProfile.Line line = title.get(i);
            boolean ruleOnThisLine = i == title.size() - 1 && !masthead.titleRuleOwnLine();
            int available = right
                    - CELL_MARGINS_TWIPS
                    - (ruleOnThisLine ? 2 * Paragraphs.twips(masthead.titleRuleIndentMm()) : 0);
            double needed = widthPt(line.style().apply(line.text()), line.style()) * 20 * SUBSTITUTE_SLACK;
            assertThat(needed)
                    .as("%s: \"%s\" needs %.0f twips, the line has %d", id, line.text(), needed, available)
                    .isLessThanOrEqualTo(available);
        }
    }

    private static double widthPt(String text, FormatProfile.TextStyle style) throws Exception {
        File file = new File(FONTS + (style.bold() ? "LiberationSerif-Bold.ttf" : "LiberationSerif-Regular.ttf"));
        Assumptions.assumeTrue(file.isFile(), "fonts-liberation is installed");
        Font font = Font.createFont(Font.TRUETYPE_FONT, file).deriveFont((float) style.size());
        return font.getStringBounds(text, new FontRenderContext(null, true, true))
                .getWidth();
    }
}
