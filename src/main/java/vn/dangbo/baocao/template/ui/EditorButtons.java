package vn.dangbo.baocao.template.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.template.TemplateCatalog.StoredTemplate;

/** "Mẫu mới" and "Sửa trên màn hình" for the template picked in the list: the on-screen editor's route. */
final class EditorButtons {

    static final String ROUTE = "mau-bao-cao/sua";

    private EditorButtons() {}

    static HorizontalLayout of(Grid<StoredTemplate> list) {
        Button create = new Button(Messages.get("authoring.open.new"));
        create.setId("new-template");
        create.addClickListener(e -> create.getUI().ifPresent(ui -> ui.navigate(ROUTE)));
        Button edit = new Button(Messages.get("authoring.open.edit"));
        edit.setId("edit-template");
        edit.setEnabled(false);
        list.asSingleSelect().addValueChangeListener(e -> edit.setEnabled(e.getValue() != null));
        edit.addClickListener(e -> list.asSingleSelect()
                .getOptionalValue()
                .ifPresent(t -> edit.getUI().ifPresent(ui -> ui.navigate(ROUTE + "/" + t.key()))));
        return new HorizontalLayout(create, edit);
    }
}
