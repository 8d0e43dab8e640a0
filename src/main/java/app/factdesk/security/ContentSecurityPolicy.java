package app.factdesk.security;

/**
 * The Content-Security-Policy of every page, as strict as Vaadin Flow allows (ADR 016): everything from this origin
 * only, no plugins, no framing, forms post only here. Vaadin forces two relaxations: {@code 'unsafe-inline'} scripts
 * (the bootstrap page carries its start-up data inline) with {@code 'unsafe-eval'} (server-sent JavaScript such as
 * {@code executeJs} runs through {@code new Function}), and {@code 'unsafe-inline'} styles (components and Lumo set
 * style attributes and inject style elements).
 */
final class ContentSecurityPolicy {

    static final String POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "media-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private ContentSecurityPolicy() {
    }
}
