package app.factdesk.verdict;

import app.factdesk.shared.UserFacingException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The one spelling of a source address that duplicates are compared on: http or https only, scheme and host in
 * lower case, the default port dropped, no fragment, an empty path written as {@code /}. Path and query keep their
 * case and encoding, since servers may treat them case-sensitively.
 */
public final class SourceUrl {

    private SourceUrl() {
    }

    public static String normalize(String input) {
        if (input == null || input.isBlank()) {
            throw new UserFacingException("source.url-required");
        }
        URI uri;
        try {
            uri = new URI(input.strip());
        } catch (URISyntaxException e) {
            throw new UserFacingException("source.url-invalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new UserFacingException("source.url-scheme");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new UserFacingException("source.url-invalid");
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
