package app.factdesk.article;

import app.factdesk.shared.UserFacingException;

/** The same body (by SHA-256 after normalization) is already in this workspace. */
public class DuplicateArticleException extends UserFacingException {

    private final long existingId;

    DuplicateArticleException(long existingId, String existingTitle) {
        super("article.duplicate", existingTitle);
        this.existingId = existingId;
    }

    public long existingId() {
        return existingId;
    }
}
