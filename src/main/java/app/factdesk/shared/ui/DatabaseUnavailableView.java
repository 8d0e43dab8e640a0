package app.factdesk.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A view that could not open because no database connection came within the pool's timeout: "The database is
 * unavailable; retrying" (503) instead of an error page. {@link DatabaseConnectionLostView} covers the same without
 * a transaction.
 */
@AnonymousAllowed
public class DatabaseUnavailableView extends ErrorPage
        implements HasErrorParameter<CannotCreateTransactionException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CannotCreateTransactionException> parameter) {
        show("error.database-unavailable.title", "error.database-unavailable");
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
