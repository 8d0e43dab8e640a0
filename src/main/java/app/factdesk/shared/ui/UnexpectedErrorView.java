package app.factdesk.shared.ui;

import app.factdesk.shared.UserFacingException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces Vaadin's default page for an exception while opening a view, which names the exception: a refusal the
 * user can read shows its message; anything else a generic text with a reference, logged once with the trace.
 */
@AnonymousAllowed
public class UnexpectedErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        H1 title = new H1(getTranslation("error.unexpected.title"));
        title.setId("error-title");
        String text;
        int status;
        if (parameter.getCaughtException() instanceof UserFacingException refusal) {
            text = getTranslation(refusal.messageKey(), refusal.arguments());
            status = HttpServletResponse.SC_BAD_REQUEST;
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error opening {} (reference {})", event.getLocation().getPath(), reference,
                    parameter.getCaughtException());
            text = getTranslation("error.unexpected", reference);
            status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
        add(title, new Paragraph(text), new Anchor("", getTranslation("error.back-home")));
        return status;
    }
}
