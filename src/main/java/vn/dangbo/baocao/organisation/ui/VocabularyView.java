package vn.dangbo.baocao.organisation.ui;

import static vn.dangbo.baocao.organisation.ui.Forms.t;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Map;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.identity.CurrentActor;
import vn.dangbo.baocao.organisation.OrganisationKind;
import vn.dangbo.baocao.organisation.Vocabularies;
import vn.dangbo.baocao.organisation.Vocabulary;
import vn.dangbo.baocao.organisation.VocabularyChange;

/** The administrator's settings of the organisation's words and signer positions. */
@Route("quan-tri/tu-ngu")
@PageTitle("Từ ngữ và chức danh")
@Menu(title = "Từ ngữ và chức danh", order = 93)
@RolesAllowed("ADMIN")
class VocabularyView extends VerticalLayout {

    final Select<OrganisationKind> kind = new Select<>();
    final TextField unit = new TextField(t("ui.vocabulary.unit"));
    final TextField office = new TextField(t("ui.vocabulary.office"));
    final TextField leadership = new TextField(t("ui.vocabulary.leadership"));
    final TextField authority = new TextField(t("ui.vocabulary.authority"));
    final TextArea positions = new TextArea(t("ui.vocabulary.positions"));

    VocabularyView(Vocabularies vocabularies, CurrentActor current) {
        kind.setLabel(t("ui.vocabulary.kind"));
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(k -> t("vocabulary.kind." + k.name()));
        unit.setHelperText(t("ui.vocabulary.unitHelp"));
        authority.setHelperText(t("ui.vocabulary.authorityHelp"));
        kind.setId("vocabulary-kind");
        unit.setId("vocabulary-unit");
        office.setId("vocabulary-office");
        leadership.setId("vocabulary-leadership");
        authority.setId("vocabulary-authority");
        positions.setId("vocabulary-positions");
        show(vocabularies.get(current.get()));

        Button defaults = new Button(t("ui.vocabulary.defaults"), e -> show(vocabularies.defaults(kind.getValue())));
        defaults.setId("vocabulary-defaults");
        Button save = new Button(t("ui.vocabulary.save"), e -> {
            clearErrors();
            try {
                show(vocabularies.change(current.get(), change()));
                Forms.saved(t("ui.vocabulary.saved"));
            } catch (AppException refused) {
                Forms.show(refused, fields());
            }
        });
        save.setId("vocabulary-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        FormLayout form = new FormLayout(kind, unit, office, leadership, authority, positions);
        add(
                new H2(t("ui.vocabulary.title")),
                new Paragraph(t("ui.vocabulary.help")),
                form,
                new HorizontalLayout(save, defaults));
    }

    private void show(Vocabulary vocabulary) {
        kind.setValue(vocabulary.kind());
        unit.setValue(vocabulary.unit());
        office.setValue(vocabulary.office());
        leadership.setValue(vocabulary.leadership());
        authority.setValue(vocabulary.authority());
        positions.setValue(String.join("\n", vocabulary.positions()));
    }

    /** What was typed, kept on the screen when refused. */
    private VocabularyChange change() {
        return new VocabularyChange(
                kind.getValue(),
                unit.getValue(),
                office.getValue(),
                leadership.getValue(),
                authority.getValue(),
                Arrays.asList(positions.getValue().split("\\R")));
    }

    private Map<String, HasValidation> fields() {
        return Map.of(
                "kind", kind,
                "unit", unit,
                "office", office,
                "leadership", leadership,
                "authority", authority,
                "positions", positions);
    }

    private void clearErrors() {
        fields().values().forEach(f -> f.setInvalid(false));
    }
}
