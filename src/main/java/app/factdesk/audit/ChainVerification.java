package app.factdesk.audit;

/**
 * The verdict of walking one chain: OK with the number of events and the head hash, or the first bad event
 * ({@code badSeq}, and {@code badId} when the row exists) with the reason.
 */
public record ChainVerification(boolean ok, long count, String headHash, Long badSeq, Long badId, String reason) {

    static ChainVerification intact(long count, String headHash) {
        return new ChainVerification(true, count, headHash, null, null, null);
    }

    static ChainVerification firstBad(long seq, Long id, String reason) {
        return new ChainVerification(false, 0, null, seq, id, reason);
    }
}
