package app.factdesk.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger LOG = LoggerFactory.getLogger(SsoClientRegistrations.class);

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
            try {
                known = discover();
            } catch (RuntimeException unreachable) {
                LOG.warn("Single sign-on: the provider {} could not be discovered: {}", settings.issuerUri(),
                        unreachable.getMessage());
                throw unreachable;
            }
            registration = known;
        }
        return known;
    }

    private ClientRegistration discover() {
        return ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                .registrationId(SsoSettings.REGISTRATION)
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "email", "profile")
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .clientName(settings.providerName())
                .build();
    }
}
