package app.factdesk.security;

import app.factdesk.shared.Auditable;
import java.util.Map;

/** A personal access token was created or revoked ({@code token.created}, {@code token.revoked}). */
public record ApiTokenChanged(Long workspaceId, String action, long tokenId, Map<String, Object> after)
        implements Auditable {

    @Override
    public String objectType() {
        return "token";
    }

    @Override
    public String objectId() {
        return Long.toString(tokenId);
    }
}
