package app.factdesk.claim;

import java.util.Map;

/** Two claims were linked as the same claim (one event per claim, so each claim's history shows it). */
public record ClaimLinked(Long workspaceId, long claimId, long sameAs) implements ClaimEvent {

    @Override
    public String action() {
        return "claim.linked";
    }

    @Override
    public Map<String, Object> after() {
        return Map.of("sameAs", sameAs);
    }
}
