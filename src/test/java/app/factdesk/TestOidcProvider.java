package app.factdesk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A small but real OpenID Connect provider in the test JVM (authorization code flow, RS256 ID tokens from Nimbus,
 * discovery, JWKS), served by the JDK's HTTP server on the fixed port that {@code factdesk.sso.issuer-uri} of the
 * test configuration names. The test says who signs in next, and can make the provider misbehave.
 */
@Component
@ConditionalOnProperty(name = "factdesk.sso.issuer-uri", havingValue = TestOidcProvider.ISSUER) // not in child apps
public class TestOidcProvider implements DisposableBean {

    public static final int PORT = 38917;
    public static final String ISSUER = "http://127.0.0.1:" + PORT + "/idp";
    public static final String CLIENT_ID = "factdesk-test";
    public static final String CLIENT_SECRET = "test-client-secret";

    /** Who the provider says signs in. */
    public record Person(String subject, String email, boolean emailVerified, String name, String preferredUsername) {
    }

    private record Grant(Person person, String nonce, String clientId) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final RSAKey key;
    private final HttpServer server;
    private volatile Person next;
    private volatile Consumer<JWTClaimsSet.Builder> tamper = claims -> { };
    private volatile boolean forgeState;
    private volatile Map<String, String> lastLogout = Map.of();

    TestOidcProvider() throws IOException, JOSEException {
        key = new RSAKeyGenerator(2048).keyID("test-key-1").generate();
        HttpServer bound;
        try {
            bound = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        } catch (java.net.BindException inUse) {
            // A second application context in this JVM (the first one's provider already serves the port).
            server = null;
            return;
        }
        server = bound;
        server.createContext("/idp/.well-known/openid-configuration", this::discovery);
        server.createContext("/idp/authorize", this::authorize);
        server.createContext("/idp/token", this::token);
        server.createContext("/idp/jwks", this::jwks);
        server.createContext("/idp/logout", this::logout);
        server.start();
    }

    /** The next sign-in at the provider is this person, with an honest answer. */
    public void nextSignIn(Person person) {
        next = person;
        tamper = claims -> { };
        forgeState = false;
    }

    /** Changes the claims of the next ID tokens (another audience, another nonce...). */
    public void tamperIdToken(Consumer<JWTClaimsSet.Builder> change) {
        tamper = change;
    }

    /** The redirect back to the client carries a state the client never sent. */
    public void forgeState() {
        forgeState = true;
    }

    /** The query of the latest RP-initiated logout request (id_token_hint, post_logout_redirect_uri...). */
    public Map<String, String> lastLogout() {
        return lastLogout;
    }

    @Override
    public void destroy() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void discovery(HttpExchange exchange) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("issuer", ISSUER);
        body.put("authorization_endpoint", ISSUER + "/authorize");
        body.put("token_endpoint", ISSUER + "/token");
        body.put("jwks_uri", ISSUER + "/jwks");
        body.put("end_session_endpoint", ISSUER + "/logout");
        body.put("response_types_supported", List.of("code"));
        body.put("subject_types_supported", List.of("public"));
        body.put("id_token_signing_alg_values_supported", List.of("RS256"));
        body.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic"));
        body.put("scopes_supported", List.of("openid", "email", "profile"));
        send(exchange, 200, body);
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        Person person = next;
        if (person == null || !"code".equals(query.get("response_type"))) {
            send(exchange, 400, Map.of("error", "invalid_request"));
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(person, query.get("nonce"), query.get("client_id")));
        String state = forgeState ? "forged-" + UUID.randomUUID() : query.get("state");
        exchange.getResponseHeaders().add("Location", query.get("redirect_uri") + "?code=" + code + "&state="
                + java.net.URLEncoder.encode(state, StandardCharsets.UTF_8));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        String expected = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, Map.of("error", "invalid_client"));
            return;
        }
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = codes.remove(String.valueOf(form.get("code")));
        if (grant == null || !"authorization_code".equals(form.get("grant_type"))) {
            send(exchange, 400, Map.of("error", "invalid_grant"));
            return;
        }
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject(grant.person().subject())
                .audience(grant.clientId()).issueTime(java.util.Date.from(now))
                .expirationTime(java.util.Date.from(now.plusSeconds(300))).claim("nonce", grant.nonce())
                .claim("email", grant.person().email()).claim("email_verified", grant.person().emailVerified())
                .claim("name", grant.person().name()).claim("preferred_username", grant.person().preferredUsername());
        tamper.accept(claims);
        SignedJWT idToken = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                claims.build());
        try {
            idToken.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        send(exchange, 200, Map.of("access_token", UUID.randomUUID().toString(), "token_type", "Bearer",
                "expires_in", 300, "scope", "openid email profile", "id_token", idToken.serialize()));
    }

    private void logout(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        lastLogout = Map.copyOf(query);
        exchange.getResponseHeaders().add("Location", query.getOrDefault("post_logout_redirect_uri", "/"));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void jwks(HttpExchange exchange) throws IOException {
        send(exchange, 200, Map.of("keys", List.of(key.toPublicJWK().toJSONObject())));
    }

    private void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int at = pair.indexOf('=');
            String name = at < 0 ? pair : pair.substring(0, at);
            String value = at < 0 ? "" : pair.substring(at + 1);
            values.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }
}
