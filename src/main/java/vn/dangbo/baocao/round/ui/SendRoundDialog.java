package vn.dangbo.baocao.round.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.Violation;
import vn.dangbo.baocao.common.ui.Notices;
import vn.dangbo.baocao.common.ui.VietnameseDates;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.report.OpeningChoices.TemplateChoice;
import vn.dangbo.baocao.report.Period;
import vn.dangbo.baocao.report.PeriodKind;
import vn.dangbo.baocao.round.ChildOrganisation;
import vn.dangbo.baocao.round.NewRound;
import vn.dangbo.baocao.round.RoundService;

/** "Gửi yêu cầu": template, period, deadline, the request's number and basis, the children (all ticked). */
class SendRoundDialog extends Dialog {

    private final RoundService rounds;
    private final Actor actor;
    private final ComboBox<TemplateChoice> template = new ComboBox<>(Messages.get("ui.round.template"));
    private final ComboBox<PeriodKind> kind = new ComboBox<>(Messages.get("ui.open.periodKind"));
    private final IntegerField year = new IntegerField(Messages.get("ui.open.year"));
    private final IntegerField number = new IntegerField(Messages.get("ui.open.number"));
    private final TextField title = new TextField(Messages.get("ui.round.reportTitle"));
    private final TextField basisNumber = new TextField(Messages.get("ui.round.basisNumber"));
    private final TextArea basis = new TextArea(Messages.get("ui.round.basis"));
    private final DateTimePicker deadline = new DateTimePicker(Messages.get("ui.round.deadline"));
    private final CheckboxGroup<ChildOrganisation> children = new CheckboxGroup<>(Messages.get("ui.round.children"));

    SendRoundDialog(RoundService rounds, Actor actor, Clock clock, LongConsumer sent) {
        this.rounds = rounds;
        this.actor = actor;
        setHeaderTitle(Messages.get("ui.round.sendTitle"));
        setId("send-round-dialog");
        List<TemplateChoice> templates = rounds.choices(actor).templates();
        template.setItems(templates);
        template.setItemLabelGenerator(t -> t.title() + " (" + t.id() + ")");
        template.setId("round-template");
        if (!templates.isEmpty()) {
            template.setValue(templates.get(0));
        }
        kind.setItems(Arrays.asList(PeriodKind.values()));
        kind.setItemLabelGenerator(k -> Messages.get("ui.period." + k.name()));
        kind.setValue(PeriodKind.MONTH);
        LocalDateTime now = LocalDateTime.now(clock.withZone(Formats.ZONE));
        year.setValue(now.getYear());
        year.setStepButtonsVisible(true);
        number.setValue(now.getMonthValue());
        number.setStepButtonsVisible(true);
        number.setId("round-number");
        basisNumber.setHelperText(Messages.get("ui.round.basisNumberHelp"));
        basisNumber.setId("round-basis-number");
        basisNumber.addValueChangeListener(e -> {
            if (basis.isEmpty() && !e.getValue().isBlank() && template.getValue() != null) {
                basis.setValue(Messages.get(
                        "ui.round.basisPrefill",
                        e.getValue().strip(),
                        actor.organisation().shortName(),
                        template.getValue().title()));
            }
        });
        basis.setHelperText(Messages.get("ui.round.basisHelp"));
        basis.setId("round-basis");
        VietnameseDates.apply(deadline);
        deadline.setValue(
                now.plusDays(10).withHour(17).withMinute(0).withSecond(0).withNano(0));
        deadline.setId("round-deadline");
        List<ChildOrganisation> all = rounds.children(actor);
        children.setItems(all);
        children.setItemLabelGenerator(ChildOrganisation::name);
        children.setValue(new java.util.HashSet<>(all));
        children.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        children.setId("round-children");

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        form.add(template, 3);
        form.add(kind, year, number);
        form.add(title, 3);
        form.add(basisNumber, deadline);
        form.setColspan(deadline, 2);
        form.add(basis, 3);
        form.add(children, 3);
        add(form);
        setWidth("min(56em, 100vw)");

        Button send = new Button(Messages.get("ui.round.submit"), e -> send(sent));
        send.setId("round-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button(Messages.get("ui.round.back"), e -> close());
        getFooter().add(back, send);
    }

    private void send(LongConsumer sent) {
        List.<HasValidation>of(template, number, basisNumber, basis, deadline, children)
                .forEach(f -> f.setInvalid(false));
        NewRound command = new NewRound(
                template.getValue() == null ? null : template.getValue().id(),
                kind.getValue() == null || year.getValue() == null
                        ? null
                        : new Period(
                                kind.getValue(), year.getValue(), number.getValue() == null ? 0 : number.getValue()),
                title.getValue(),
                basisNumber.getValue(),
                basis.getValue(),
                deadline.getValue() == null
                        ? null
                        : deadline.getValue().atZone(Formats.ZONE).toInstant(),
                children.getValue().stream().map(ChildOrganisation::code).toList());
        if (command.children().isEmpty()) {
            children.setErrorMessage(Messages.get("round.error.noChildren"));
            children.setInvalid(true);
            return;
        }
        try {
            long id = rounds.send(actor, command);
            Notices.success(Messages.get("ui.round.sent", command.children().size()));
            close();
            sent.accept(id);
        } catch (AppException e) {
            e.violations().forEach(this::mark);
            Notices.error(e);
        }
    }

    private void mark(Violation violation) {
        HasValidation field = switch (violation.field()) {
            case "templateId" -> template;
            case "period" -> number;
            case "basisNumber" -> basisNumber;
            case "basis" -> basis;
            case "deadline" -> deadline;
            case "children" -> children;
            default -> null;
        };
        if (field != null) {
            field.setErrorMessage(violation.message());
            field.setInvalid(true);
        }
    }
}
