package app.factdesk.verification.ui;

import app.factdesk.security.Role;
import app.factdesk.verification.ChecklistItemRow;
import app.factdesk.verification.ChecklistService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Editors keep the workspace's checklist of default tasks that every new claim gets. */
@Route("checklist")
@RolesAllowed(Role.EDITOR_NAME)
@Menu(title = "menu.checklist", order = 30, icon = "vaadin:list-ol")
public class ChecklistView extends VerticalLayout implements HasDynamicTitle {

    private final ChecklistService checklist;
    private final Div items = new Div();

    public ChecklistView(ChecklistService checklist) {
        this.checklist = checklist;
        items.setId("checklist-items");
        TextField title = new TextField(getTranslation("tasks.task-title"));
        title.setId("checklist-title");
        title.setMaxLength(200);
        Checkbox required = new Checkbox(getTranslation("tasks.required"));
        required.setId("checklist-required");
        Button add = new Button(getTranslation("checklist.add"), click -> {
            if (title.getValue().isBlank()) {
                title.setInvalid(true);
                title.setErrorMessage(getTranslation("tasks.title-required"));
                return;
            }
            checklist.add(title.getValue(), required.getValue());
            title.clear();
            required.clear();
            refresh();
        });
        add.setId("checklist-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(title, required, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H1(getTranslation("checklist.title")), new Paragraph(getTranslation("checklist.intro")), items, form);
        refresh();
    }

    private void refresh() {
        items.removeAll();
        if (checklist.items().isEmpty()) {
            items.add(new Paragraph(getTranslation("checklist.none")));
        }
        for (ChecklistItemRow item : checklist.items()) {
            Span name = new Span(item.title());
            name.getElement().setAttribute("dir", "auto");
            HorizontalLayout line = new HorizontalLayout(name);
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            if (item.required()) {
                Span badge = new Span(getTranslation("tasks.required-badge"));
                badge.getElement().getThemeList().add("badge contrast");
                line.add(badge);
            }
            Button remove = new Button(getTranslation("checklist.remove"), click -> {
                checklist.remove(item.id());
                refresh();
            });
            remove.setId("checklist-remove-" + item.id());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            line.add(remove);
            items.add(line);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("checklist.title");
    }
}
