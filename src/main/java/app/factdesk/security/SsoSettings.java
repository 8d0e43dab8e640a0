package app.factdesk.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Single sign-on through one OpenID Connect provider (ADR 030), from {@code factdesk.sso.*}: on when an issuer is
 * set. Whether first sign-ins may create accounts and whether local passwords stay usable are read at each sign-in.
 */
@Component
public class SsoSettings {

    /** The registration id in Spring Security's URLs: {@code /oauth2/authorization/sso}, {@code /login/oauth2/code/sso}. */
    public static final String REGISTRATION = "sso";

    private final String providerName;
    private final String issuerUri;
    private final String clientId;
    private final String clientSecret;
    private final String emailClaim;
    private final boolean linkByEmail;
    private volatile boolean createAccounts;
    private volatile boolean localPasswords;

    SsoSettings(@Value("${factdesk.sso.provider-name:}") String providerName,
            @Value("${factdesk.sso.issuer-uri:}") String issuerUri,
            @Value("${factdesk.sso.client-id:}") String clientId,
            @Value("${factdesk.sso.client-secret:}") String clientSecret,
            @Value("${factdesk.sso.email-claim:email}") String emailClaim,
            @Value("${factdesk.sso.link-by-email:true}") boolean linkByEmail,
            @Value("${factdesk.sso.create-accounts:false}") boolean createAccounts,
            @Value("${factdesk.sso.local-passwords:true}") boolean localPasswords) {
        this.providerName = providerName.isBlank() ? "SSO" : providerName.strip();
        this.issuerUri = issuerUri.strip();
        this.clientId = clientId.strip();
        this.clientSecret = clientSecret;
        this.emailClaim = emailClaim.strip();
        this.linkByEmail = linkByEmail;
        this.createAccounts = createAccounts;
        this.localPasswords = localPasswords;
    }

    public boolean enabled() {
        return !issuerUri.isEmpty() && !clientId.isEmpty();
    }

    /** Local (password) sign-in: always on without SSO, else as configured. */
    public boolean localPasswords() {
        return localPasswords || !enabled();
    }

    public String providerName() {
        return providerName;
    }

    /** Where the sign-in page's SSO link starts the redirect to the provider. */
    public String authorizationPath() {
        return "oauth2/authorization/" + REGISTRATION;
    }

    String issuerUri() {
        return issuerUri;
    }

    String clientId() {
        return clientId;
    }

    String clientSecret() {
        return clientSecret;
    }

    String emailClaim() {
        return emailClaim;
    }

    boolean linkByEmail() {
        return linkByEmail;
    }

    boolean createAccounts() {
        return createAccounts;
    }

    /** For tests, which share one configuration: as if {@code factdesk.sso.create-accounts} were set so. */
    void createAccounts(boolean allowed) {
        this.createAccounts = allowed;
    }

    /** For tests: as if {@code factdesk.sso.local-passwords} were set so. */
    void localPasswords(boolean allowed) {
        this.localPasswords = allowed;
    }
}
