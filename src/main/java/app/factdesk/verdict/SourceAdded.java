package app.factdesk.verdict;

import app.factdesk.shared.Auditable;
import java.util.Map;

/** A source was added to a claim; {@code after} holds its fields and the file's SHA-256 and size, never the bytes. */
public record SourceAdded(Long workspaceId, long sourceId, Map<String, Object> after) implements Auditable {

    @Override
    public String action() {
        return "source.added";
    }

    @Override
    public String objectType() {
        return "source";
    }

    @Override
    public String objectId() {
        return Long.toString(sourceId);
    }
}
