package vn.dangbo.baocao.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;

/** Free text as written in a section: one paragraph per line, lines starting with "-" or "+" as a list. */
public final class TextBlocks {

    private TextBlocks() {}

    public static List<Component> of(String text) {
        List<Component> out = new ArrayList<>();
        UnorderedList list = null;
        for (String raw : (text == null ? "" : text).split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("-") || line.startsWith("+")) {
                if (list == null) {
                    list = new UnorderedList();
                    list.addClassName("text-list");
                    out.add(list);
                }
                ListItem item = new ListItem(line.substring(1).strip());
                if (line.startsWith("+")) {
                    item.addClassName("sub");
                }
                list.add(item);
            } else {
                list = null;
                out.add(new Paragraph(line));
            }
        }
        return out;
    }
}
