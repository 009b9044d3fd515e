package vn.dangbo.baocao.contribution.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Formats;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.contribution.LineDiff;
import vn.dangbo.baocao.contribution.SectionVersions;
import vn.dangbo.baocao.contribution.VersionDiff;
import vn.dangbo.baocao.contribution.VersionSummary;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.CurrentActor;

/** Two versions of one unit's part side by side: removed lines on the left, added on the right. */
@Route("bao-cao/:id/phien-ban/:code")
@PageTitle("So sánh phiên bản")
@PermitAll
class VersionCompareView extends VerticalLayout implements BeforeEnterObserver {

    private final SectionVersions versions;
    private final Actor actor;
    private final Select<Integer> before = new Select<>();
    private final Select<Integer> after = new Select<>();
    private final VerticalLayout body = new VerticalLayout();
    private long reportId;
    private String code;
    private String unit;

    VersionCompareView(SectionVersions versions, CurrentActor current) {
        this.versions = versions;
        this.actor = current.get();
        before.addValueChangeListener(e -> compare());
        after.addValueChangeListener(e -> compare());
        body.setPadding(false);
        add(new H2(Messages.get("audit.ui.versions")), new HorizontalLayout(before, after), body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            reportId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            error(Messages.get(
                    "error.report.notFound",
                    event.getRouteParameters().get("id").orElse("")));
            return;
        }
        code = event.getRouteParameters().get("code").orElse("");
        var query = event.getLocation().getQueryParameters().getParameters();
        unit = query.getOrDefault("unit", List.of()).stream().findFirst().orElse(null);
        try {
            List<VersionSummary> all = versions.versions(actor, reportId, code, unit);
            List<Integer> numbers = all.stream().map(VersionSummary::version).toList();
            before.setItems(numbers);
            after.setItems(numbers);
            before.setItemLabelGenerator(v -> label(all, v));
            after.setItemLabelGenerator(v -> label(all, v));
            int last = numbers.isEmpty() ? 0 : numbers.get(numbers.size() - 1);
            after.setValue(number(query.get("b"), last, numbers));
            before.setValue(number(query.get("a"), Math.max(1, last - 1), numbers));
        } catch (AppException e) {
            error(e.getMessage());
        }
    }

    private void compare() {
        body.removeAll();
        if (before.getValue() == null || after.getValue() == null) {
            return;
        }
        try {
            VersionDiff diff = versions.diff(actor, reportId, code, unit, before.getValue(), after.getValue());
            diff.items().forEach(item -> body.add(item(item)));
        } catch (AppException e) {
            error(e.getMessage());
        }
    }

    private Component item(VersionDiff.ItemDiff item) {
        VerticalLayout box = new VerticalLayout(new H4(item.heading().isBlank() ? item.code() : item.heading()));
        box.setPadding(false);
        if (!item.changed()) {
            box.add(new Span(Messages.get("audit.ui.unchanged")));
            return box;
        }
        Div left = new Div();
        Div right = new Div();
        for (LineDiff.Line line : item.lines()) {
            if (line.kind() != LineDiff.Kind.ADDED) {
                left.add(line(
                        line.text(), line.kind() == LineDiff.Kind.REMOVED ? "var(--lumo-error-color-10pct)" : null));
            }
            if (line.kind() != LineDiff.Kind.REMOVED) {
                right.add(line(
                        line.text(), line.kind() == LineDiff.Kind.ADDED ? "var(--lumo-success-color-10pct)" : null));
            }
        }
        left.setWidth("50%");
        right.setWidth("50%");
        HorizontalLayout sides = new HorizontalLayout(left, right);
        sides.setWidthFull();
        box.add(sides);
        item.figures()
                .forEach(f -> box.add(new Span(Messages.get(
                        "audit.ui.figure",
                        f.label(),
                        vn.dangbo.baocao.common.ui.FigureText.of(f.before(), "—"),
                        vn.dangbo.baocao.common.ui.FigureText.of(f.after(), "—")))));
        return box;
    }

    private static Div line(String text, String background) {
        Div div = new Div(text.isEmpty() ? "\u00a0" : text);
        div.getStyle().set("white-space", "pre-wrap");
        if (background != null) {
            div.getStyle().set("background", background);
        }
        return div;
    }

    private static String label(List<VersionSummary> all, Integer version) {
        return all.stream()
                .filter(v -> v.version() == version)
                .findFirst()
                .map(v -> Messages.get("audit.ui.before", v.version()) + " — " + v.savedBy() + ", "
                        + Formats.dateTime(v.savedAt()))
                .orElse(String.valueOf(version));
    }

    private static Integer number(List<String> values, int fallback, List<Integer> known) {
        try {
            int wanted = values == null || values.isEmpty() ? fallback : Integer.parseInt(values.get(0));
            return known.contains(wanted) ? wanted : known.isEmpty() ? null : fallback;
        } catch (NumberFormatException e) {
            return known.isEmpty() ? null : fallback;
        }
    }

    private void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
