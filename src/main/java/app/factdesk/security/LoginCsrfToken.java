package app.factdesk.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * Puts Spring Security's CSRF token in every page's head ({@code _csrf_parameter}, {@code _csrf}), where Vaadin's
 * login form looks for it and sends it with the login POST. The login POST needs it (login CSRF): a foreign page
 * cannot sign a visitor in to an account of the attacker's choosing.
 */
@Component
class LoginCsrfToken implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            if (!(page.getVaadinRequest() instanceof VaadinServletRequest request)
                    || !(request.getHttpServletRequest().getAttribute(CsrfToken.class.getName())
                            instanceof CsrfToken token)) {
                return;
            }
            page.getDocument().head().appendElement("meta").attr("name", "_csrf_parameter")
                    .attr("content", token.getParameterName());
            page.getDocument().head().appendElement("meta").attr("name", "_csrf").attr("content", token.getToken());
        });
    }
}
