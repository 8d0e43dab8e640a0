package app.factdesk.article;

import app.factdesk.shared.Auditable;
import java.util.Map;

/** An article was imported; {@code after} holds its metadata and the body's SHA-256 (not the body itself). */
public record ArticleImported(Long workspaceId, long articleId, Map<String, Object> after) implements Auditable {

    @Override
    public String action() {
        return "article.imported";
    }

    @Override
    public String objectType() {
        return "article";
    }

    @Override
    public String objectId() {
        return Long.toString(articleId);
    }
}
