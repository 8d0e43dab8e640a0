package app.factdesk.verdict;

import app.factdesk.shared.Auditable;

/**
 * A step of a verdict's sign-off, typed by what happened ({@link VerdictProposed}, {@link VerdictApproved},
 * {@link VerdictReturned}, {@link VerdictPublished}, {@link VerdictSuperseded}). Each carries the claim it is about,
 * the actor, the proposer and whether the verdict corrects a published one; the audit log records it, notifications
 * and live refresh follow from it, for first verdicts and corrections alike.
 */
public sealed interface VerdictEvent extends Auditable
        permits VerdictProposed, VerdictApproved, VerdictReturned, VerdictPublished, VerdictSuperseded {

    long verdictId();

    /** The claim, its article and its statement (for messages about it). */
    VerdictSubject subject();

    Long actorId();

    long proposerId();

    boolean correction();

    @Override
    default String objectType() {
        return "verdict";
    }

    @Override
    default String objectId() {
        return Long.toString(verdictId());
    }
}
