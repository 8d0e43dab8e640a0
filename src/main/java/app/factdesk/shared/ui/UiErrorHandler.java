package app.factdesk.shared.ui;

import app.factdesk.shared.DatabaseUnavailable;
import app.factdesk.shared.UserFacingException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.validation.ConstraintViolationException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions escaping a UI action into a message the user can act on: a refused permission, a conflicting
 * edit, invalid input, or (for anything unexpected) a short notice with a reference that is logged with the trace.
 */
@Component
class UiErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            new DefaultErrorHandler().error(event);
            return;
        }
        Throwable cause = rootOfInterest(event.getThrowable());
        String message;
        if (cause instanceof UserFacingException refusal) {
            message = ui.getTranslation(refusal.messageKey(), refusal.arguments());
        } else if (cause instanceof AccessDeniedException) {
            message = ui.getTranslation("error.permission");
        } else if (cause instanceof OptimisticLockingFailureException) {
            message = ui.getTranslation("error.conflict");
        } else if (cause instanceof ConstraintViolationException) {
            message = ui.getTranslation("error.invalid-input");
        } else if (DatabaseUnavailable.isCause(event.getThrowable())) {
            message = ui.getTranslation("error.database-unavailable");
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error in the UI (reference {})", reference, event.getThrowable());
            message = ui.getTranslation("error.unexpected", reference);
        }
        Notification notification = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static Throwable rootOfInterest(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof UserFacingException || c instanceof AccessDeniedException
                    || c instanceof OptimisticLockingFailureException || c instanceof ConstraintViolationException) {
                return c;
            }
        }
        return t;
    }
}
