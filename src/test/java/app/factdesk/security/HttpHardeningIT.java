package app.factdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.IntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Through Tomcat on a real port: forwarded headers from the proxy, the policy headers and login CSRF. */
@IntegrationTest
class HttpHardeningIT {

    private static final Pattern META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private static final String PASSWORD = "lantern-orchard-57";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    app.factdesk.OwnerDatabase ownerDatabase;

    private int signIns(String username) {
        return ownerDatabase.jdbc().queryForObject("select count(*) from security_event where username = ?", Integer.class, username);
    }

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postLogin(String form, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(String... pairs) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            form.append(i == 0 ? "" : "&").append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }

    private static List<String> sessionCookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
    }

    @Test
    void behind_the_tls_proxy_the_session_cookie_is_secure_and_hsts_is_sent() throws Exception {
        HttpResponse<String> proxied = get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.9");
        assertThat(proxied.statusCode()).isEqualTo(200);
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).hasValue(
                "max-age=31536000 ; includeSubDomains");
        assertThat(sessionCookies(proxied)).singleElement().asString().contains("; Secure").contains("HttpOnly");

        HttpResponse<String> direct = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(direct.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(sessionCookies(direct)).singleElement().asString().doesNotContain("Secure");
    }

    @Test
    void every_page_carries_the_strict_content_security_policy() throws Exception {
        String policy = get("/login").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'",
                "form-action 'self'", "base-uri 'self'");
    }

    @Test
    void a_login_post_from_a_foreign_origin_without_the_token_is_refused_and_with_the_page_token_works()
            throws Exception {
        HttpResponse<String> page = get("/login");
        Matcher token = META.matcher(page.body());
        assertThat(token.find()).as("the login page hands Vaadin's form the CSRF token").isTrue();

        String username = "csrf" + UUID.randomUUID().toString().substring(0, 8);
        SystemAuthentication.runAsSystem(null, () -> accounts.provisionAccount(username, "Csrf Test", PASSWORD));

        HttpResponse<String> forged = postLogin(form("username", username, "password", PASSWORD),
                "Origin", "https://attacker.example");
        // Refused with 403, which the container's error page turns into the way to the login page
        assertThat(forged.statusCode()).isIn(302, 403);
        assertThat(forged.headers().firstValue("Location").orElse("/login")).endsWith("/login");
        assertThat(signIns(username)).as("the password was never checked").isZero();

        HttpResponse<String> genuine = postLogin(form("username", username, "password", PASSWORD,
                "_csrf", token.group(1)), "Origin", "http://localhost:" + port);
        assertThat(genuine.statusCode()).isEqualTo(302);
        assertThat(genuine.headers().firstValue("Location").orElseThrow()).doesNotContain("login");
        assertThat(signIns(username)).isEqualTo(1);
    }
}
