package app.factdesk.suggestion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The project's reference article (shared fixtures, bundled as the demo article). */
final class ReferenceArticle {

    private ReferenceArticle() {
    }

    static String text() {
        try (InputStream in = ReferenceArticle.class.getResourceAsStream("/demo/kremlin-putin-biden-contacts.ar.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
