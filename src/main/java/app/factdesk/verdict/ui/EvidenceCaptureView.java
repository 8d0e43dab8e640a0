package app.factdesk.verdict.ui;

import app.factdesk.shared.ui.Toast;
import app.factdesk.security.CurrentUser;
import app.factdesk.security.Role;
import app.factdesk.shared.UserFacingException;
import app.factdesk.shared.ui.TextGuard;
import app.factdesk.verdict.snapshot.SnapshotService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Admins decide whether sources are archived as soon as they are added (ADR 026); installation admins keep the list
 * of internal addresses a capture may reach (empty by default: the desk's own network stays out of reach).
 */
@Route("admin/evidence-capture")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "menu.evidence-capture", order = 86, icon = "vaadin:archive")
public class EvidenceCaptureView extends VerticalLayout implements HasDynamicTitle {

    private final SnapshotService snapshots;
    private final Div allowed = new Div();
    private final TextField entry = new TextField();

    public EvidenceCaptureView(SnapshotService snapshots, CurrentUser currentUser) {
        this.snapshots = snapshots;
        Checkbox onAdd = new Checkbox(getTranslation("capture.on-add"), snapshots.captureOnAdd());
        onAdd.setId("capture-on-add");
        onAdd.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                snapshots.setCaptureOnAdd(change.getValue());
                Toast.done(getTranslation(change.getValue() ? "capture.on-add-on" : "capture.on-add-off"));
            }
        });
        add(new H1(getTranslation("capture.title")), new Paragraph(getTranslation("capture.intro")), onAdd,
                new Paragraph(getTranslation("capture.on-add-help")));
        if (currentUser.get().map(user -> user.installationAdmin()).orElse(false)) {
            entry.setId("capture-allow-entry");
            entry.setLabel(getTranslation("capture.allow-entry"));
            entry.setMaxLength(100);
            entry.getElement().setAttribute("dir", "ltr");
            Button add = new Button(getTranslation("capture.allow-add"), click -> allow());
            add.setId("capture-allow-add");
            allowed.setId("capture-allowed");
            HorizontalLayout form = new HorizontalLayout(entry, add);
            form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
            add(new H2(getTranslation("capture.allow-title")), new Paragraph(getTranslation("capture.allow-intro")),
                    allowed, form);
            refresh();
        }
    }

    private void allow() {
        if (!TextGuard.accepts(entry)) {
            return;
        }
        try {
            snapshots.allowTarget(entry.getValue());
            entry.clear();
            entry.setInvalid(false);
            refresh();
        } catch (UserFacingException refused) {
            entry.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            entry.setInvalid(true);
        }
    }

    private void refresh() {
        allowed.removeAll();
        var entries = snapshots.allowedTargets();
        if (entries.isEmpty()) {
            allowed.add(new Paragraph(getTranslation("capture.allow-none")));
        }
        for (String target : entries) {
            Span name = new Span(target);
            name.getElement().setAttribute("dir", "ltr");
            Button remove = new Button(getTranslation("capture.allow-remove"), click -> {
                snapshots.disallowTarget(target);
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.getElement().setAttribute("aria-label", getTranslation("capture.allow-remove") + " " + target);
            allowed.add(new Div(name, remove));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("capture.title");
    }
}
