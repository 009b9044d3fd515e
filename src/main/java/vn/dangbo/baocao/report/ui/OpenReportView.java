package vn.dangbo.baocao.report.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.Violation;
import vn.dangbo.baocao.common.ui.Notices;
import vn.dangbo.baocao.common.ui.VietnameseDates;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.CurrentActor;
import vn.dangbo.baocao.report.OpenReport;
import vn.dangbo.baocao.report.OpeningChoices;
import vn.dangbo.baocao.report.OpeningChoices.SignerChoice;
import vn.dangbo.baocao.report.OpeningChoices.TemplateChoice;
import vn.dangbo.baocao.report.OpeningChoices.UnitChoice;
import vn.dangbo.baocao.report.Period;
import vn.dangbo.baocao.report.PeriodKind;
import vn.dangbo.baocao.report.PeriodPlaceholders;
import vn.dangbo.baocao.report.ReportService;
import vn.dangbo.baocao.report.SigningAuthority;

/** The office opens a report period: template, period, basis, deadline, who writes what, who signs. */
@Route("bao-cao/moi")
@PageTitle("Mở kỳ báo cáo")
@Menu(title = "Mở kỳ báo cáo", order = 20)
@RolesAllowed("OFFICE")
class OpenReportView extends VerticalLayout {

    private final ReportService reports;
    private final Actor actor;
    private final OpeningChoices choices;
    private final ComboBox<TemplateChoice> template = new ComboBox<>(Messages.get("ui.open.template"));
    private final ComboBox<PeriodKind> kind = new ComboBox<>(Messages.get("ui.open.periodKind"));
    private final IntegerField year = new IntegerField(Messages.get("ui.open.year"));
    private final IntegerField number = new IntegerField(Messages.get("ui.open.number"));
    private final TextField title = new TextField(Messages.get("ui.open.reportTitle"));
    private final TextArea basis = new TextArea(Messages.get("ui.open.basis"));
    private final DateTimePicker deadline = new DateTimePicker(Messages.get("ui.open.deadline"));
    private final FormLayout roles = new FormLayout();
    private final Map<String, ComboBox<UnitChoice>> roleFields = new LinkedHashMap<>();
    private final MultiSelectComboBox<UnitChoice> participants =
            new MultiSelectComboBox<>(Messages.get("ui.open.participants"));
    private final TextArea recipients = new TextArea(Messages.get("ui.open.recipients"));
    private final ComboBox<SignerChoice> signer = new ComboBox<>(Messages.get("ui.open.signer"));
    private final ComboBox<SigningAuthority> authority = new ComboBox<>(Messages.get("ui.open.authority"));
    private boolean basisEdited;
    private boolean templatePicked;

    OpenReportView(ReportService reports, CurrentActor current, Clock clock) {
        this.reports = reports;
        this.actor = current.get();
        this.choices = reports.openingChoices(actor);
        add(new H2(Messages.get("ui.open.title")));

        template.setItems(choices.templates());
        template.setItemLabelGenerator(
                t -> t.title() + " (" + t.id() + ", " + Messages.get("ui.open.version", t.version()) + ")");
        template.setId("template");
        kind.setItems(Arrays.asList(PeriodKind.values()));
        kind.setItemLabelGenerator(k -> Messages.get("ui.period." + k.name()));
        kind.setValue(PeriodKind.MONTH);
        LocalDateTime now = LocalDateTime.now(clock.withZone(Formats.ZONE));
        year.setValue(now.getYear());
        year.setStepButtonsVisible(true);
        number.setValue(now.getMonthValue());
        number.setStepButtonsVisible(true);
        number.setHelperText(Messages.get("ui.open.numberHelp"));
        title.setHelperText(Messages.get("ui.open.titleHelp"));
        basis.setHelperText(Messages.get("ui.open.basisHelp"));
        basis.addValueChangeListener(e -> basisEdited |= e.isFromClient());
        VietnameseDates.apply(deadline);
        deadline.setValue(
                now.plusDays(7).withHour(17).withMinute(0).withSecond(0).withNano(0));
        deadline.setId("deadline");
        participants.setI18n(new com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n()
                .setCleared(Messages.get("ui.multiSelect.cleared"))
                .setFocused(Messages.get("ui.multiSelect.focused"))
                .setSelected(Messages.get("ui.multiSelect.selected"))
                .setDeselected(Messages.get("ui.multiSelect.deselected"))
                .setTotal(Messages.get("ui.multiSelect.total")));
        participants.setItems(choices.units());
        participants.setItemLabelGenerator(UnitChoice::name);
        participants.setValue(choices.units());
        recipients.setHelperText(Messages.get("ui.open.recipientsHelp"));
        signer.setItems(choices.signers());
        signer.setItemLabelGenerator(s -> s.fullName() + (s.position() == null ? "" : " — " + s.position()));
        signer.setId("signer");
        authority.setItems(SigningAuthority.values());
        authority.setItemLabelGenerator(a -> Messages.get(a.messageKey()));
        authority.setValue(SigningAuthority.STANDING_COMMITTEE);
        authority.setId("authority");
        roles.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("50em", 2));

        template.addValueChangeListener(e -> templateChosen(e.getValue()));
        kind.addValueChangeListener(e -> {
            if (!templatePicked) {
                pickTemplateFor(e.getValue());
            }
            fillBasis();
        });
        template.addValueChangeListener(e -> templatePicked |= e.isFromClient());
        year.addValueChangeListener(e -> fillBasis());
        number.addValueChangeListener(e -> fillBasis());

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("50em", 3));
        form.add(template, 3);
        form.add(kind, year, number);
        form.add(title, 3);
        form.add(basis, 3);
        form.add(deadline, 1);
        form.add(signer, 2);
        form.add(authority, 1);
        Button open = new Button(Messages.get("ui.open.submit"), e -> open());
        open.setId("open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                form,
                new com.vaadin.flow.component.html.H3(Messages.get("ui.open.roles")),
                roles,
                participants,
                recipients,
                open);
        participants.setWidthFull();
        recipients.setWidthFull();
        pickTemplateFor(kind.getValue());
    }

    /** Until the office picks a template itself, the one whose title names the period kind (a monthly one for a month). */
    private void pickTemplateFor(PeriodKind chosenKind) {
        choices.templates().stream()
                .filter(t -> TemplateForPeriod.fits(t.title(), chosenKind))
                .findFirst()
                .or(() -> choices.templates().stream().findFirst())
                .ifPresent(template::setValue);
    }

    private void templateChosen(TemplateChoice chosen) {
        roles.removeAll();
        roleFields.clear();
        if (chosen == null) {
            return;
        }
        chosen.roles().forEach((key, heading) -> {
            ComboBox<UnitChoice> unit = new ComboBox<>(heading);
            unit.setItems(choices.units());
            unit.setItemLabelGenerator(UnitChoice::name);
            unit.setId("role-" + key);
            choices.units().stream()
                    .filter(u -> u.code().equals(key))
                    .findFirst()
                    .ifPresent(unit::setValue);
            roleFields.put(key, unit);
            roles.add(unit);
        });
        participants.setVisible(chosen.hasEachSections());
        recipients.setValue(String.join("\n", chosen.recipients()));
        basisEdited = false;
        fillBasis();
    }

    private void fillBasis() {
        TemplateChoice chosen = template.getValue();
        if (chosen == null || basisEdited) {
            return;
        }
        Period period = period();
        basis.setValue(
                period != null && period.valid()
                        ? PeriodPlaceholders.fill(chosen.basis(), actor, period)
                        : chosen.basis());
    }

    private Period period() {
        if (kind.getValue() == null || year.getValue() == null) {
            return null;
        }
        return new Period(kind.getValue(), year.getValue(), number.getValue() == null ? 0 : number.getValue());
    }

    /** A period already opened asks for a reason first: a second report of it is a correction. */
    private void open() {
        clearErrors();
        TemplateChoice chosen = template.getValue();
        Period period = period();
        var existing = chosen == null || period == null
                ? java.util.Optional.<vn.dangbo.baocao.report.ReportView>empty()
                : reports.openedForPeriod(actor, chosen.id(), period);
        if (existing.isPresent()) {
            new CorrectionDialog(existing.get(), this::open).open();
        } else {
            open(null);
        }
    }

    private void open(String correctionReason) {
        TemplateChoice chosen = template.getValue();
        Map<String, String> assignments = new HashMap<>();
        roleFields.forEach((key, field) -> {
            if (field.getValue() != null) {
                assignments.put(key, field.getValue().code());
            }
        });
        OpenReport command = new OpenReport(
                chosen == null ? null : chosen.id(),
                period(),
                title.getValue(),
                basisEdited ? basis.getValue() : null,
                deadline.getValue() == null
                        ? null
                        : deadline.getValue().atZone(Formats.ZONE).toInstant(),
                assignments,
                participants.getValue().stream().map(UnitChoice::code).toList(),
                recipients
                        .getValue()
                        .lines()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList(),
                signer.getValue() == null ? null : signer.getValue().username(),
                authority.getValue(),
                correctionReason);
        long id;
        try {
            id = reports.open(actor, command);
        } catch (AppException e) {
            e.violations().forEach(this::mark);
            Notices.error(e);
            return;
        }
        Notices.success(Messages.get("ui.open.opened"));
        getUI().ifPresent(ui -> ui.navigate(ReportDetailView.class, new RouteParameters("id", String.valueOf(id))));
    }

    private void mark(Violation violation) {
        HasValidation field = switch (violation.field()) {
            case "templateId" -> template;
            case "period" -> number;
            case "deadline" -> deadline;
            case "participants" -> participants;
            case "signerUsername" -> signer;
            default ->
                violation.field().startsWith("assignments.")
                        ? roleFields.get(violation.field().substring("assignments.".length()))
                        : null;
        };
        if (field != null) {
            field.setErrorMessage(violation.message());
            field.setInvalid(true);
        }
    }

    private void clearErrors() {
        List<HasValidation> fields =
                new java.util.ArrayList<>(List.<HasValidation>of(template, number, deadline, participants, signer));
        fields.addAll(roleFields.values());
        fields.forEach(f -> f.setInvalid(false));
    }
}
