package vn.dangbo.baocao.contribution.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import org.springframework.modulith.NamedInterface;
import vn.dangbo.baocao.contribution.SectionView;

/**
 * The outline's parent headings ("C. KẾT QUẢ THỰC HIỆN") shown once before the first of their sections, so that
 * "1. Ưu điểm" of D is not read as part of the section above it.
 */
@NamedInterface("ui")
public final class OutlineHeadings {

    private List<String> shown = List.of();

    /** The headings to add before this section: the parents not shown yet. */
    public List<Component> before(SectionView section) {
        List<String> parents = section.parentHeadings() == null ? List.of() : section.parentHeadings();
        List<Component> out = new ArrayList<>();
        for (int i = 0; i < parents.size(); i++) {
            if (i < shown.size() && shown.get(i).equals(parents.get(i))) {
                continue;
            }
            Div heading = new Div(parents.get(i));
            heading.addClassName("outline-heading");
            heading.getElement().setAttribute("role", "heading");
            heading.getElement().setAttribute("aria-level", String.valueOf(2 + i));
            out.add(heading);
        }
        shown = parents;
        return out;
    }
}
