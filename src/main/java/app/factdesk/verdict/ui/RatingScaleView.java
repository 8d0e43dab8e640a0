package app.factdesk.verdict.ui;

import app.factdesk.security.Role;
import app.factdesk.verdict.RatingLabelRow;
import app.factdesk.verdict.RatingScaleService;
import app.factdesk.verdict.VerdictSettingsRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Admins edit the workspace's rating scale, the number of editor approvals and the numeric range. */
@Route("admin/rating-scale")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "menu.rating-scale", order = 85, icon = "vaadin:scale")
public class RatingScaleView extends VerticalLayout implements HasDynamicTitle {

    private final RatingScaleService ratings;
    private final Grid<RatingLabelRow> grid = new Grid<>();
    private final RatingLabelForm form = new RatingLabelForm();
    private final IntegerField approvals = new IntegerField();
    private final IntegerField worst = new IntegerField();
    private final IntegerField best = new IntegerField();

    public RatingScaleView(RatingScaleService ratings) {
        this.ratings = ratings;
        grid.setId("rating-grid");
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::swatch).setHeader(getTranslation("rating.label-en"));
        grid.addColumn(RatingLabelRow::labelAr).setHeader(getTranslation("rating.label-ar"));
        grid.addColumn(l -> l.ratingValue() == null ? getTranslation("rating.no-value") : l.ratingValue())
                .setHeader(getTranslation("rating.value"));
        grid.addColumn(l -> getTranslation(l.retired() ? "rating.retired" : "rating.active"))
                .setHeader(getTranslation("rating.status"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("members.actions")).setAutoWidth(true);
        form.addSaveListener(event -> {
            if (Notices.attempt(this, () -> {
                if (event.labelId == null) {
                    ratings.add(event.fields);
                } else {
                    ratings.edit(event.labelId, event.version, event.fields);
                }
            }, "rating.saved")) {
                form.edit(null);
                refresh();
            }
        });
        add(new H1(getTranslation("rating.title")), grid, new H2(getTranslation("rating.add")), form,
                new H2(getTranslation("rating.settings")), settingsForm());
        refresh();
    }

    private HorizontalLayout settingsForm() {
        approvals.setLabel(getTranslation("rating.approvals"));
        approvals.setId("rating-approvals");
        approvals.setMin(1);
        approvals.setMax(5);
        approvals.setStepButtonsVisible(true);
        worst.setLabel(getTranslation("rating.worst"));
        best.setLabel(getTranslation("rating.best"));
        VerdictSettingsRow settings = ratings.settings();
        approvals.setValue(settings.approvalsRequired());
        worst.setValue(settings.worstRating());
        best.setValue(settings.bestRating());
        long[] version = {settings.version()};
        Button save = new Button(getTranslation("rating.save"), click -> Notices.attempt(this, () -> version[0] =
                ratings.updateSettings(new VerdictSettingsRow(valueOf(approvals), valueOf(worst), valueOf(best),
                        version[0])).version(), "rating.saved"));
        save.setId("rating-settings-save");
        HorizontalLayout row = new HorizontalLayout(approvals, worst, best, save);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private static int valueOf(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private Span swatch(RatingLabelRow label) {
        Span swatch = new Span(label.labelEn());
        swatch.getStyle().set("border-inline-start", "1em solid " + label.colour()).set("padding-inline-start", ".5em");
        return swatch;
    }

    private HorizontalLayout actions(RatingLabelRow label) {
        Button up = new Button(getTranslation("rating.up"), click -> change(() -> ratings.move(label.id(), -1)));
        Button down = new Button(getTranslation("rating.down"), click -> change(() -> ratings.move(label.id(), 1)));
        Button edit = new Button(getTranslation("rating.edit"), click -> form.edit(label));
        Button retire = new Button(getTranslation(label.retired() ? "rating.reinstate" : "rating.retire"),
                click -> change(() -> ratings.setRetired(label.id(), label.version(), !label.retired())));
        Button delete = new Button(getTranslation("rating.delete"), click -> change(() -> ratings.delete(label.id())));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setId("rating-delete-" + label.id());
        retire.setId("rating-retire-" + label.id());
        for (Button button : new Button[] {up, down, edit, retire, delete}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        return new HorizontalLayout(up, down, edit, retire, delete);
    }

    private void change(Runnable action) {
        Notices.attempt(this, action, "rating.saved");
        refresh();
    }

    private void refresh() {
        grid.setItems(ratings.scale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rating.title");
    }
}
