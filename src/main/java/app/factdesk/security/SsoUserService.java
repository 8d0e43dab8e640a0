package app.factdesk.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Spring Security's OIDC user service (ID token already checked: signature, issuer, audience, expiry, nonce), then
 * the Fact Desk account the identity signs in as.
 */
class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The provider's identity with the Fact Desk principal it maps to. */
    static final class Linked extends DefaultOidcUser {

        private final transient FactDeskUser account;

        Linked(OidcUser identity, FactDeskUser account) {
            super(account.getAuthorities(), identity.getIdToken(), identity.getUserInfo());
            this.account = account;
        }

        FactDeskUser account() {
            return account;
        }
    }

    private final OidcUserService delegate = new OidcUserService();
    private final SsoAccounts accounts;

    SsoUserService(SsoAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser identity = delegate.loadUser(request);
        return new Linked(identity, accounts.signIn(identity));
    }
}
