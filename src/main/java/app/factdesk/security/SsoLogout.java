package app.factdesk.security;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where signing out leads. The Fact Desk session is over either way; a person who signed in through the provider is
 * also sent to the provider's {@code end_session_endpoint} when it offers one (RP-initiated logout, with the ID token
 * as hint), which returns them to the sign-in page.
 */
class SsoLogout extends SimpleUrlLogoutSuccessHandler {

    private final ClientRegistrationRepository registrations;

    SsoLogout(ClientRegistrationRepository registrations) {
        this.registrations = registrations;
        setDefaultTargetUrl("/");
        setRedirectStrategy(new UidlRedirectStrategy()); // a sign-out from a Vaadin UI is a UIDL request
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) {
        if (authentication != null && authentication.getDetails() instanceof SsoLoginHandlers.SsoDetails sso) {
            ClientRegistration registration = registrations.findByRegistrationId(SsoSettings.REGISTRATION);
            Object endSession = registration == null ? null
                    : registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
            if (endSession != null) {
                String back = UriComponentsBuilder.fromUriString(request.getRequestURL().toString())
                        .replacePath(request.getContextPath() + "/login").replaceQuery(null).build().toUriString();
                return UriComponentsBuilder.fromUriString(endSession.toString())
                        .queryParam("id_token_hint", sso.idToken())
                        .queryParam("client_id", registration.getClientId())
                        .queryParam("post_logout_redirect_uri", back).encode().build().toUriString();
            }
        }
        return super.determineTargetUrl(request, response, authentication);
    }
}
