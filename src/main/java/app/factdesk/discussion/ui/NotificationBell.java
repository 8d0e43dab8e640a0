package app.factdesk.discussion.ui;

import app.factdesk.discussion.NotificationRow;
import app.factdesk.discussion.NotificationService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** A bell with the unread count; it opens the latest notifications, which can be marked read or followed. */
public class NotificationBell extends Composite<HorizontalLayout> {

    private final NotificationService notifications;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();

    public NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bell.setAriaLabel(getTranslation("notifications.open"));
        bell.addClickListener(click -> open());
        count.setId("notification-count");
        count.getElement().getThemeList().add("badge error pill small");
        getContent().setSpacing(false);
        getContent().setAlignItems(HorizontalLayout.Alignment.CENTER);
        getContent().add(bell, count);
        refreshCount();
    }

    /** Re-reads the unread count (the badge hides at zero). */
    public void refreshCount() {
        long unread = notifications.unreadCount();
        count.setText(app.factdesk.shared.ui.Formats.number(unread, getLocale()));
        count.setVisible(unread > 0);
    }

    private void open() {
        Dialog dialog = new Dialog();
        dialog.setId("notifications-dialog");
        dialog.setHeaderTitle(getTranslation("notifications.title"));
        dialog.setWidth("min(32rem, 95vw)");
        Div list = new Div();
        list.setId("notifications-list");
        fill(list, dialog);
        Button all = new Button(getTranslation("notifications.mark-all-read"), click -> {
            notifications.markAllRead();
            fill(list, dialog);
            refreshCount();
        });
        all.setId("notifications-mark-all");
        dialog.add(list);
        dialog.getFooter().add(all, new Button(getTranslation("app.close"), click -> dialog.close()));
        dialog.open();
    }

    private void fill(Div list, Dialog dialog) {
        list.removeAll();
        var latest = notifications.latest(50);
        if (latest.isEmpty()) {
            list.add(new Paragraph(getTranslation("notifications.none")));
        }
        var stale = notifications.noLongerApplies(latest);
        latest.forEach(n -> list.add(item(n, stale.contains(n.id()), list, dialog)));
    }

    private HorizontalLayout item(NotificationRow n, boolean stale, Div list, Dialog dialog) {
        Span text = new Span(getTranslation("notification." + n.type().name(), n.params().toArray()));
        text.getElement().setAttribute("dir", "auto");
        text.addClassName(n.read() ? "notification-read" : "notification-unread");
        HorizontalLayout line = new HorizontalLayout(text);
        line.addClassName("notification");
        line.setId("notification-" + n.id());
        if (stale) {
            // The verdict was signed off, returned or published meanwhile: nothing waits for this person now.
            Span gone = new Span(getTranslation("notifications.no-longer-applies"));
            gone.getElement().getThemeList().add("badge contrast small");
            gone.setId("notification-stale-" + n.id());
            text.addClassName("notification-stale");
            line.add(gone);
        }
        String target = n.claimId() != null ? "claims/" + n.claimId()
                : n.type() == app.factdesk.discussion.NotificationType.WEBHOOK_DISABLED ? "admin/webhooks" : null;
        if (target != null) {
            Runnable follow = () -> {
                notifications.markRead(n.id());
                dialog.close();
                refreshCount();
                getUI().ifPresent(ui -> ui.navigate(target));
            };
            text.addClickListener(click -> follow.run());
            // A link for the keyboard too: focusable, opened by Enter or Space.
            text.getElement().setAttribute("role", "link").setAttribute("tabindex", "0");
            text.getElement().addEventListener("keydown", key -> follow.run())
                    .setFilter("event.key === 'Enter' || event.key === ' '");
            text.getStyle().set("cursor", "pointer");
        }
        if (!n.read()) {
            Button read = new Button(getTranslation("notifications.mark-read"), click -> {
                notifications.markRead(n.id());
                fill(list, dialog);
                refreshCount();
            });
            read.setId("notification-read-" + n.id());
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            line.add(read);
        }
        return line;
    }
}
