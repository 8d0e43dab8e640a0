package app.factdesk.verdict;

/** A file as it arrived: the name the browser sent (untrusted) and at most the allowed bytes plus one. */
public record EvidenceUpload(String fileName, byte[] bytes) {
}
