package app.factdesk.claim;

import app.factdesk.shared.Auditable;
import java.util.Locale;
import java.util.Map;

/** A claim moved through its workflow ({@code claim.rejected}, {@code claim.restored}, ...). */
public record ClaimStateChanged(Long workspaceId, long claimId, ClaimAction transition, Map<String, Object> before,
        Map<String, Object> after) implements Auditable {

    @Override
    public String action() {
        return "claim." + pastTense(transition);
    }

    @Override
    public String objectType() {
        return "claim";
    }

    @Override
    public String objectId() {
        return Long.toString(claimId);
    }

    private static String pastTense(ClaimAction action) {
        String verb = action.name().toLowerCase(Locale.ROOT);
        return verb.endsWith("e") ? verb + "d" : verb + "ed";
    }
}
