package vn.dangbo.baocao.issuance;

import java.util.List;
import vn.dangbo.baocao.issuance.DocumentModel.Block;
import vn.dangbo.baocao.template.TemplateSection;

/** When an appendix gets landscape pages: the template says so, or one of its tables is too wide for portrait. */
final class Landscape {

    /** More columns than this (the label column included) do not fit a portrait page legibly. */
    static final int MAX_PORTRAIT_COLUMNS = 6;

    private Landscape() {}

    static boolean wanted(TemplateSection appendix, List<Block> body) {
        return appendix.landscape()
                || body.stream()
                        .anyMatch(b ->
                                b instanceof DocumentModel.Table t && t.header().size() > MAX_PORTRAIT_COLUMNS);
    }
}
