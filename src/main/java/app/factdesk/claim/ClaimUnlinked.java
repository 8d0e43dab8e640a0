package app.factdesk.claim;

import java.util.Map;

/** A "same claim as" link was removed (one event per claim). */
public record ClaimUnlinked(Long workspaceId, long claimId, long sameAs) implements ClaimEvent {

    @Override
    public String action() {
        return "claim.unlinked";
    }

    @Override
    public Map<String, Object> before() {
        return Map.of("sameAs", sameAs);
    }
}
