package app.factdesk.claim;

import app.factdesk.security.Role;
import app.factdesk.shared.UserFacingException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * The claim state machine: state × action → next state, with the least role allowed and whether a reason is
 * required. The UI offers what {@link #available} returns; the service calls {@link #apply} for every change.
 */
public final class ClaimTransitions {

    /** One allowed move. */
    public record Transition(ClaimState from, ClaimAction action, ClaimState to, Role minimumRole,
            boolean reasonRequired) {
    }

    private static final List<Transition> TABLE = List.of(
            new Transition(ClaimState.DRAFT, ClaimAction.START_VERIFICATION, ClaimState.IN_VERIFICATION,
                    Role.FACT_CHECKER, false),
            new Transition(ClaimState.DRAFT, ClaimAction.REJECT, ClaimState.REJECTED, Role.FACT_CHECKER, true),
            new Transition(ClaimState.REJECTED, ClaimAction.RESTORE, ClaimState.DRAFT, Role.FACT_CHECKER, false),
            new Transition(ClaimState.IN_VERIFICATION, ClaimAction.PROPOSE_VERDICT, ClaimState.VERDICT_PROPOSED,
                    Role.FACT_CHECKER, false),
            new Transition(ClaimState.VERDICT_PROPOSED, ClaimAction.RETURN_VERDICT, ClaimState.IN_VERIFICATION,
                    Role.EDITOR, true),
            new Transition(ClaimState.VERDICT_PROPOSED, ClaimAction.APPROVE_VERDICT, ClaimState.APPROVED,
                    Role.EDITOR, false),
            new Transition(ClaimState.APPROVED, ClaimAction.PUBLISH, ClaimState.PUBLISHED, Role.EDITOR, false),
            new Transition(ClaimState.PUBLISHED, ClaimAction.CORRECT, ClaimState.CORRECTED, Role.EDITOR, true),
            new Transition(ClaimState.CORRECTED, ClaimAction.CORRECT, ClaimState.CORRECTED, Role.EDITOR, true));

    /**
     * Actions that only the verification workflow takes, through {@link ClaimService#advance}, because they need
     * more than the table knows (a verdict, its approvals, the four-eyes rule). The claim dialog never offers them.
     */
    public static final java.util.Set<ClaimAction> VERDICT_ACTIONS = java.util.EnumSet.of(ClaimAction.PROPOSE_VERDICT,
            ClaimAction.RETURN_VERDICT, ClaimAction.APPROVE_VERDICT, ClaimAction.PUBLISH, ClaimAction.CORRECT);

    private static final Map<ClaimState, List<Transition>> BY_STATE = Arrays.stream(ClaimState.values())
            .collect(java.util.stream.Collectors.toMap(s -> s, s -> TABLE.stream().filter(t -> t.from() == s).toList()));

    private ClaimTransitions() {
    }

    public static Optional<Transition> find(ClaimState from, ClaimAction action) {
        return BY_STATE.get(from).stream().filter(t -> t.action() == action).findFirst();
    }

    /** The actions a member with this role may take on a claim in this state now. */
    public static List<ClaimAction> available(ClaimState state, Role role) {
        return BY_STATE.get(state).stream().filter(t -> role.includes(t.minimumRole())).map(Transition::action)
                .toList();
    }

    /** The next state, or a refusal: the move does not exist, the role is too low, or a required reason is missing. */
    public static ClaimState apply(ClaimState from, ClaimAction action, Role role, String reason) {
        Transition transition = find(from, action)
                .orElseThrow(() -> new UserFacingException("claim.transition-not-allowed", action, from));
        if (!role.includes(transition.minimumRole())) {
            throw new AccessDeniedException(action + " needs " + transition.minimumRole());
        }
        if (transition.reasonRequired() && (reason == null || reason.isBlank())) {
            throw new UserFacingException("claim.reason-required");
        }
        return transition.to();
    }

    /** Editable fields (statement, claimant...) may change only before verification starts. */
    public static boolean editable(ClaimState state) {
        return state == ClaimState.DRAFT || state == ClaimState.IN_VERIFICATION;
    }
}
