package app.factdesk.claim;

import app.factdesk.shared.Auditable;
import java.util.Map;

/** An admin imported a file of published fact-checks into the workspace's reference library. */
record FactChecksImported(Long workspaceId, String fileName, int reviews, int added) implements Auditable {

    @Override
    public String action() {
        return "fact_check_library.imported";
    }

    @Override
    public String objectType() {
        return "fact_check_library";
    }

    @Override
    public String objectId() {
        return Long.toString(workspaceId);
    }

    @Override
    public Map<String, Object> after() {
        return Map.of("fileName", fileName == null ? "" : fileName, "reviews", reviews, "added", added);
    }
}
