package app.factdesk.api;

import app.factdesk.audit.ChainVerification;

/**
 * The workspace chain's verification: {@code ok} with the number of events and the head hash, or the first event that
 * does not match ({@code firstBadSeq}, {@code firstBadId} when the row exists) and why.
 */
record ChainJson(boolean ok, long count, String headHash, Long firstBadSeq, Long firstBadId, String reason) {

    static ChainJson of(ChainVerification result) {
        return new ChainJson(result.ok(), result.count(), result.headHash(), result.badSeq(), result.badId(),
                result.reason());
    }
}
