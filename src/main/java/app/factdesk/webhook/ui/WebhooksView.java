package app.factdesk.webhook.ui;

import app.factdesk.security.Role;
import app.factdesk.shared.UserFacingException;
import app.factdesk.shared.ui.Formats;
import app.factdesk.shared.ui.LtrValues;
import app.factdesk.shared.ui.TextGuard;
import app.factdesk.shared.ui.Toast;
import app.factdesk.webhook.RegisteredWebhook;
import app.factdesk.webhook.WebhookDeliveryRow;
import app.factdesk.webhook.WebhookEndpointRow;
import app.factdesk.webhook.WebhookEvent;
import app.factdesk.webhook.WebhookService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Admins register webhook endpoints (the secret is shown once, in a dialog), turn them off and on, delete them, and
 * read each one's delivery log with "Send again" (ADR 028).
 */
@Route("admin/webhooks")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "menu.webhooks", order = 87, icon = "vaadin:connect")
public class WebhooksView extends VerticalLayout implements HasDynamicTitle {

    private final WebhookService webhooks;
    private final TextField url = new TextField();
    private final TextField description = new TextField();
    private final CheckboxGroup<WebhookEvent> events = new CheckboxGroup<>();
    private final Grid<WebhookEndpointRow> endpoints = new Grid<>();
    private final Grid<WebhookDeliveryRow> deliveries = new Grid<>();
    private final H2 deliveriesTitle = new H2();
    private WebhookEndpointRow shown;

    public WebhooksView(WebhookService webhooks) {
        this.webhooks = webhooks;
        url.setId("webhook-url");
        url.setLabel(getTranslation("webhook.url"));
        url.setMaxLength(WebhookService.MAX_URL);
        url.setPlaceholder("https://");
        url.setWidth("32em");
        url.getElement().setAttribute("dir", "ltr");
        description.setId("webhook-description");
        description.setLabel(getTranslation("webhook.description"));
        description.setMaxLength(WebhookService.MAX_DESCRIPTION);
        description.setWidth("20em");
        events.setId("webhook-events");
        events.setLabel(getTranslation("webhook.events"));
        events.setItems(WebhookEvent.values());
        events.setItemLabelGenerator(e -> getTranslation("webhook.event." + e.name()));
        events.setValue(EnumSet.of(WebhookEvent.VERDICT_PUBLISHED, WebhookEvent.VERDICT_CORRECTED));
        Button add = new Button(getTranslation("webhook.add"), click -> register());
        add.setId("webhook-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout fields = new HorizontalLayout(url, description);
        fields.setWrap(true);

        endpoints.setId("webhook-endpoints");
        endpoints.setAllRowsVisible(true);
        endpoints.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        LtrValues.column(endpoints.addColumn(WebhookEndpointRow::url).setHeader(getTranslation("webhook.url"))
                .setFlexGrow(3));
        endpoints.addColumn(e -> e.events().stream().map(ev -> getTranslation("webhook.event." + ev.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("webhook.events")).setFlexGrow(2);
        endpoints.addComponentColumn(this::status).setHeader(getTranslation("webhook.status"));
        endpoints.addComponentColumn(this::actions).setHeader(getTranslation("webhook.actions")).setAutoWidth(true)
                .setFlexGrow(0);

        deliveries.setId("webhook-deliveries");
        deliveries.setAllRowsVisible(true);
        deliveries.addColumn(d -> Formats.dateTime(d.createdAt(), getLocale()))
                .setHeader(getTranslation("webhook.delivery.time")).setAutoWidth(true);
        deliveries.addColumn(WebhookDeliveryRow::event).setHeader(getTranslation("webhook.delivery.event"));
        deliveries.addColumn(d -> getTranslation("webhook.delivery.status." + d.status()))
                .setHeader(getTranslation("webhook.delivery.status"));
        deliveries.addColumn(d -> Formats.number(d.attempts(), getLocale()))
                .setHeader(getTranslation("webhook.delivery.attempts"));
        deliveries.addColumn(d -> d.responseCode() == null ? "—" : d.responseCode().toString())
                .setHeader(getTranslation("webhook.delivery.response"));
        deliveries.addColumn(d -> d.durationMs() == null ? "—" : getTranslation("webhook.delivery.ms",
                d.durationMs())).setHeader(getTranslation("webhook.delivery.duration"));
        deliveries.addColumn(d -> d.error() == null ? "" : d.error().startsWith("snapshot.failed.")
                ? getTranslation(d.error().replace("snapshot.failed.", "webhook.failed.")) : d.error())
                .setHeader(getTranslation("webhook.delivery.error")).setFlexGrow(2);
        deliveries.addComponentColumn(this::redeliver).setHeader(getTranslation("webhook.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        deliveriesTitle.setId("webhook-deliveries-title");
        deliveriesTitle.setVisible(false);
        deliveries.setVisible(false);

        add(new H1(getTranslation("webhook.title")), new Paragraph(getTranslation("webhook.intro")), fields, events,
                add, new H2(getTranslation("webhook.endpoints")), endpoints, deliveriesTitle, deliveries);
        refresh();
    }

    private void register() {
        url.setInvalid(false);
        events.setInvalid(false);
        if (!TextGuard.accepts(url, description)) {
            return;
        }
        try {
            RegisteredWebhook registered = webhooks.register(url.getValue(), description.getValue(),
                    List.copyOf(events.getValue()));
            url.clear();
            description.clear();
            url.setInvalid(false);
            showSecret(registered);
            refresh();
        } catch (UserFacingException refused) {
            // The input stays as typed; the reason shows at the field it concerns.
            String message = getTranslation(refused.messageKey(), refused.arguments());
            if (refused.messageKey().startsWith("webhook.events")) {
                events.setErrorMessage(message);
                events.setInvalid(true);
            } else if (refused.messageKey().startsWith("webhook.description")) {
                description.setErrorMessage(message);
                description.setInvalid(true);
            } else if (refused.messageKey().startsWith("webhook.url") || refused.messageKey()
                    .startsWith("webhook.refused")) {
                url.setErrorMessage(message);
                url.setInvalid(true);
            } else {
                Toast.refused(message);
            }
        }
    }

    private void showSecret(RegisteredWebhook registered) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("webhook.secret-title"));
        TextField secret = new TextField(getTranslation("webhook.secret"));
        secret.setId("webhook-secret");
        secret.setValue(registered.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.getElement().setAttribute("dir", "ltr");
        Paragraph once = new Paragraph(getTranslation("webhook.secret-once"));
        Paragraph how = new Paragraph(getTranslation("webhook.secret-how"));
        Button close = new Button(getTranslation("webhook.secret-close"), click -> dialog.close());
        close.setId("webhook-secret-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(once, secret, how);
        dialog.getFooter().add(close);
        dialog.setWidth("36em");
        dialog.open();
        secret.focus();
    }

    private Component status(WebhookEndpointRow endpoint) {
        Span badge = new Span(endpoint.enabled() ? getTranslation("webhook.enabled")
                : "failing".equals(endpoint.disabledReason())
                        ? getTranslation("webhook.disabled-failing", endpoint.failedInARow())
                        : getTranslation("webhook.disabled-admin"));
        badge.getElement().getThemeList().add(endpoint.enabled() ? "badge success" : "badge error");
        badge.setId("webhook-status-" + endpoint.id());
        return badge;
    }

    private Component actions(WebhookEndpointRow endpoint) {
        Button toggle = new Button(getTranslation(endpoint.enabled() ? "webhook.turn-off" : "webhook.turn-on"),
                click -> {
                    webhooks.setEnabled(endpoint.id(), !endpoint.enabled());
                    Toast.done(getTranslation(endpoint.enabled() ? "webhook.turned-off" : "webhook.turned-on"));
                    refresh();
                });
        toggle.setId("webhook-toggle-" + endpoint.id());
        Button log = new Button(getTranslation("webhook.show-deliveries"), click -> showDeliveries(endpoint));
        log.setId("webhook-deliveries-" + endpoint.id());
        Button delete = new Button(getTranslation("webhook.delete"), click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("webhook.delete-title"),
                    getTranslation("webhook.delete-text", endpoint.url()), getTranslation("webhook.delete"),
                    yes -> {
                        webhooks.delete(endpoint.id());
                        Toast.done(getTranslation("webhook.deleted"));
                        if (shown != null && shown.id() == endpoint.id()) {
                            shown = null;
                        }
                        refresh();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("webhook.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        delete.setId("webhook-delete-" + endpoint.id());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button b : List.of(toggle, log, delete)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            b.getElement().setAttribute("aria-label", b.getText() + " " + endpoint.url());
        }
        HorizontalLayout row = new HorizontalLayout(toggle, log, delete);
        row.setSpacing(false);
        return row;
    }

    private Component redeliver(WebhookDeliveryRow delivery) {
        Button again = new Button(getTranslation("webhook.redeliver"), click -> {
            try {
                webhooks.redeliver(delivery.endpointId(), delivery.id());
                Toast.done(getTranslation("webhook.redelivered"));
            } catch (UserFacingException refused) {
                Toast.refused(getTranslation(refused.messageKey(), refused.arguments()));
            }
            refresh();
        });
        again.setId("webhook-redeliver-" + delivery.id());
        again.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return again;
    }

    private void showDeliveries(WebhookEndpointRow endpoint) {
        shown = endpoint;
        refresh();
    }

    private void refresh() {
        List<WebhookEndpointRow> all = webhooks.endpoints();
        endpoints.setItems(all);
        if (shown != null) {
            shown = all.stream().filter(e -> e.id() == shown.id()).findFirst().orElse(null);
        }
        deliveriesTitle.setVisible(shown != null);
        deliveries.setVisible(shown != null);
        if (shown != null) {
            deliveriesTitle.setText(getTranslation("webhook.deliveries-of", shown.url()));
            List<WebhookDeliveryRow> rows = webhooks.deliveries(shown.id(), 50);
            deliveries.setItems(rows);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("webhook.title");
    }
}
