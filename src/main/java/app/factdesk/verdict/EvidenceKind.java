package app.factdesk.verdict;

import java.util.List;

/** The kinds of evidence file accepted, recognized by their bytes; each with the extensions a name may carry. */
public enum EvidenceKind {
    PDF("application/pdf", List.of("pdf")),
    PNG("image/png", List.of("png")),
    JPEG("image/jpeg", List.of("jpg", "jpeg")),
    TEXT("text/plain; charset=UTF-8", List.of("txt", "text", "md")),
    HTML("text/html; charset=UTF-8", List.of("html", "htm"));

    private final String mediaType;
    private final List<String> extensions;

    EvidenceKind(String mediaType, List<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    public List<String> extensions() {
        return extensions;
    }
}
