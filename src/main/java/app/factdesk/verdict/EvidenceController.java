package app.factdesk.verdict;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sends an evidence file of the signed-in member's workspace as an attachment: never rendered inline, never
 * sniffed, sandboxed should a browser open it anyway. Another workspace's file answers 404 like a missing one.
 */
@RestController
class EvidenceController {

    static final String PATH = "/evidence/";

    private final SourceService sources;

    EvidenceController(SourceService sources) {
        this.sources = sources;
    }

    @GetMapping(PATH + "{sourceId}")
    ResponseEntity<byte[]> download(@PathVariable long sourceId) {
        return sources.download(sourceId).map(file -> ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, file.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.bytes())).orElseGet(() -> ResponseEntity.notFound().build());
    }
}
