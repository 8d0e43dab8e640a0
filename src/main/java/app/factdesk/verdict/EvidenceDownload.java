package app.factdesk.verdict;

/** An evidence file to send back: its sanitized name, the media type found from its bytes, and the bytes. */
public record EvidenceDownload(String fileName, String mediaType, byte[] bytes) {
}
