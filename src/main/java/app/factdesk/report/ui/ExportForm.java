package app.factdesk.report.ui;

import app.factdesk.article.ArticleRow;
import app.factdesk.report.ExportKind;
import app.factdesk.report.ExportRequest;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * What to export: the kind, then (for the audit reports) one article or the workspace in a date range, or (for the
 * CSV) a date range; fires {@link StartEvent}, never calls a service.
 */
class ExportForm extends FormLayout {

    /** The user asked for this export. */
    static class StartEvent extends ComponentEvent<ExportForm> {
        private final ExportRequest request;

        StartEvent(ExportForm source, ExportRequest request) {
            super(source, false);
            this.request = request;
        }

        ExportRequest request() {
            return request;
        }
    }

    /** What an audit report covers. */
    enum Scope { ARTICLE, RANGE }

    private final Select<ExportKind> kind = new Select<>();
    private final RadioButtonGroup<Scope> scope = new RadioButtonGroup<>();
    private final ComboBox<ArticleRow> article = new ComboBox<>();
    private final DatePicker from = app.factdesk.shared.ui.ComponentTexts.of(new DatePicker());
    private final DatePicker to = app.factdesk.shared.ui.ComponentTexts.of(new DatePicker());
    private final Checkbox bom = new Checkbox();

    ExportForm(List<ArticleRow> articles) {
        kind.setLabel(getTranslation("export.kind"));
        kind.setItems(ExportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("export.kind." + k.name().toLowerCase()));
        kind.setValue(ExportKind.PDF);
        kind.setId("export-kind");
        scope.setLabel(getTranslation("export.scope"));
        scope.setItems(Scope.values());
        scope.setItemLabelGenerator(s -> getTranslation("export.scope." + s.name().toLowerCase()));
        scope.setValue(Scope.ARTICLE);
        scope.setId("export-scope");
        article.setLabel(getTranslation("export.article"));
        article.setItems(articles);
        article.setItemLabelGenerator(ArticleRow::title);
        article.setId("export-article");
        from.setLabel(getTranslation("export.from"));
        from.setId("export-from");
        to.setLabel(getTranslation("export.to"));
        to.setId("export-to");
        bom.setLabel(getTranslation("export.bom"));
        bom.setValue(true);
        Button start = new Button(getTranslation("export.start"), click -> fireEvent(new StartEvent(this, request())));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("export-start");
        kind.addValueChangeListener(change -> showFields());
        scope.addValueChangeListener(change -> showFields());
        add(kind, scope, article, from, to, bom, start);
        showFields();
    }

    private void showFields() {
        ExportKind chosen = kind.getValue();
        scope.setVisible(chosen.report());
        boolean ofArticle = ofArticle();
        article.setVisible(ofArticle);
        from.setVisible(!ofArticle);
        to.setVisible(!ofArticle);
        bom.setVisible(chosen == ExportKind.CSV);
    }

    private boolean ofArticle() {
        ExportKind chosen = kind.getValue();
        return chosen.ofArticle() && (!chosen.ofRange() || scope.getValue() != Scope.RANGE);
    }

    /** Only the fields of the chosen scope: a hidden article or range never travels with the request. */
    private ExportRequest request() {
        if (ofArticle()) {
            return new ExportRequest(kind.getValue(), article.getValue() == null ? null : article.getValue().id(),
                    null, null, false);
        }
        return new ExportRequest(kind.getValue(), null, from.getValue(), to.getValue(),
                kind.getValue() == ExportKind.CSV && bom.getValue());
    }

    Registration addStartListener(com.vaadin.flow.component.ComponentEventListener<StartEvent> listener) {
        return addListener(StartEvent.class, listener);
    }
}
