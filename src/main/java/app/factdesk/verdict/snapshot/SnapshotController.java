package app.factdesk.verdict.snapshot;

import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A snapshot for members of its workspace: the archived copy as a static, sandboxed page; its readable text; its
 * WARC file. Another workspace's snapshot answers 404 like a missing one.
 */
@RestController
class SnapshotController {

    static final String PATH = "/snapshots/";

    private final SnapshotService snapshots;

    SnapshotController(SnapshotService snapshots) {
        this.snapshots = snapshots;
    }

    @GetMapping(PATH + "{id}")
    ResponseEntity<String> view(@PathVariable long id) throws IOException {
        var found = snapshots.open(id, "page");
        if (found.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return sandboxed(ResponseEntity.ok()).header(HttpHeaders.CONTENT_TYPE, "text/html; charset=UTF-8")
                .body(Replay.html(found.get().row(), found.get().warc(), found.get().text()));
    }

    @GetMapping(PATH + "{id}/text")
    ResponseEntity<String> text(@PathVariable long id) {
        return snapshots.open(id, "text").map(stored -> sandboxed(ResponseEntity.ok())
                .header(HttpHeaders.CONTENT_TYPE, "text/plain; charset=UTF-8")
                .body("Captured by Fact Desk on " + stored.row().finishedAt() + " from " + stored.row().requestedUrl()
                        + "\nSHA-256 of the WARC: " + stored.row().warcSha256() + "\n\n"
                        + (stored.text() == null ? "(no readable text)" : stored.text())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping(PATH + "{id}/warc")
    ResponseEntity<byte[]> warc(@PathVariable long id) {
        return snapshots.open(id, "warc").map(stored -> sandboxed(ResponseEntity.ok())
                .header(HttpHeaders.CONTENT_TYPE, "application/warc")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"snapshot-" + id + ".warc\"")
                .body(stored.warc())).orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity.BodyBuilder sandboxed(ResponseEntity.BodyBuilder builder) {
        return builder.header("Content-Security-Policy", Replay.POLICY).header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer").header(HttpHeaders.CACHE_CONTROL, "private, no-store");
    }
}
