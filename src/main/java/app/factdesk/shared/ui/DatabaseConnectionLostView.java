package app.factdesk.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessResourceFailureException;

/** As {@link DatabaseUnavailableView}, for a query outside a transaction or a connection lost on the way. */
@AnonymousAllowed
public class DatabaseConnectionLostView extends ErrorPage
        implements HasErrorParameter<DataAccessResourceFailureException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event,
            ErrorParameter<DataAccessResourceFailureException> parameter) {
        show("error.database-unavailable.title", "error.database-unavailable");
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
