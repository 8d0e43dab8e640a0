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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/** What to export: the kind, then an article or a date range; fires {@link StartEvent}, never calls a service. */
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

    private final Select<ExportKind> kind = new Select<>();
    private final ComboBox<ArticleRow> article = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Checkbox bom = new Checkbox();

    ExportForm(List<ArticleRow> articles) {
        kind.setLabel(getTranslation("export.kind"));
        kind.setItems(ExportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("export.kind." + k.name().toLowerCase()));
        kind.setValue(ExportKind.PDF);
        kind.setId("export-kind");
        article.setLabel(getTranslation("export.article"));
        article.setItems(articles);
        article.setItemLabelGenerator(ArticleRow::title);
        article.setId("export-article");
        from.setLabel(getTranslation("export.from"));
        to.setLabel(getTranslation("export.to"));
        bom.setLabel(getTranslation("export.bom"));
        Button start = new Button(getTranslation("export.start"), click -> fireEvent(new StartEvent(this, request())));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("export-start");
        kind.addValueChangeListener(change -> showFields());
        add(kind, article, from, to, bom, start);
        showFields();
    }

    private void showFields() {
        boolean ofArticle = kind.getValue().ofArticle();
        article.setVisible(ofArticle);
        from.setVisible(!ofArticle);
        to.setVisible(!ofArticle);
        bom.setVisible(!ofArticle);
    }

    private ExportRequest request() {
        return new ExportRequest(kind.getValue(), article.getValue() == null ? null : article.getValue().id(),
                from.getValue(), to.getValue(), bom.getValue());
    }

    Registration addStartListener(com.vaadin.flow.component.ComponentEventListener<StartEvent> listener) {
        return addListener(StartEvent.class, listener);
    }
}
