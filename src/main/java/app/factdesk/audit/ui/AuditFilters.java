package app.factdesk.audit.ui;

import app.factdesk.audit.AuditFilter;
import app.factdesk.shared.ui.TextGuard;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;

/** The audit log's filter bar: member, action, object and a UTC date range; tells listeners when it changes. */
class AuditFilters extends HorizontalLayout {

    private final TextField actor = text("audit-filter-actor", "audit.filter.actor");
    private final TextField action = text("audit-filter-action", "audit.filter.action");
    private final TextField objectType = text("audit-filter-object-type", "audit.filter.object-type");
    private final TextField objectId = text("audit-filter-object-id", "audit.filter.object-id");
    private final DatePicker from = app.factdesk.shared.ui.ComponentTexts.of(new DatePicker(getTranslation("audit.filter.from")));
    private final DatePicker to = app.factdesk.shared.ui.ComponentTexts.of(new DatePicker(getTranslation("audit.filter.to")));
    private final List<Runnable> listeners = new ArrayList<>();

    AuditFilters() {
        from.setId("audit-filter-from");
        to.setId("audit-filter-to");
        from.addValueChangeListener(change -> changed());
        to.addValueChangeListener(change -> changed());
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(actor, action, objectType, objectId, from, to);
    }

    AuditFilter value() {
        return new AuditFilter(actor.getValue(), action.getValue(), objectType.getValue(), objectId.getValue(),
                from.getValue(), to.getValue());
    }

    void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    private TextField text(String id, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setClearButtonVisible(true);
        field.setMaxLength(120);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(change -> changed());
        return field;
    }

    private void changed() {
        for (TextField field : List.of(actor, action, objectType, objectId)) {
            field.setInvalid(false);
        }
        if (TextGuard.accepts(actor, action, objectType, objectId)) {
            listeners.forEach(Runnable::run);
        }
    }
}
