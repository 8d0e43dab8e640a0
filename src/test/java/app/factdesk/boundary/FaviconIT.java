package app.factdesk.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every page's automatic favicon request gets an icon, also before sign-in (not a 404 or the login page). */
@IntegrationTest
class FaviconIT {

    @LocalServerPort
    int port;

    @Test
    void favicon_ico_is_served_to_anyone() throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/favicon.ico")).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("image/");
        assertThat(response.body()).startsWith((byte) 0, (byte) 0, (byte) 1, (byte) 0);
    }
}
