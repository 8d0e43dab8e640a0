package app.factdesk.security;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * The one OIDC client registration, discovered from the issuer's {@code .well-known/openid-configuration} at the
 * first SSO sign-in rather than at start-up: a provider that is down delays SSO, not the desk's start.
 */
class SsoClientRegistrations implements ClientRegistrationRepository {

    private final SsoSettings settings;
    private volatile ClientRegistration registration;

    SsoClientRegistrations(SsoSettings settings) {
        this.settings = settings;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!SsoSettings.REGISTRATION.equals(registrationId) || !settings.enabled()) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            known = ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                    .registrationId(SsoSettings.REGISTRATION)
                    .clientId(settings.clientId())
                    .clientSecret(settings.clientSecret())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope("openid", "email", "profile")
                    .userNameAttributeName(IdTokenClaimNames.SUB)
                    .clientName(settings.providerName())
                    .build();
            registration = known;
        }
        return known;
    }
}
