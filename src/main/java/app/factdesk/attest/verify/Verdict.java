package app.factdesk.attest.verify;

import java.util.List;

/**
 * What the verifier concluded about one file: valid (with the number of events, the hash of the last one, the key and
 * time of the signature), invalid (with the chain position of the first failing event when there is one, and what
 * differs), or unreadable (not a Fact Desk export at all).
 */
public record Verdict(Outcome outcome, long events, String headHash, String keyId, String signedAt, boolean keyTrusted,
        Long badSeq, String reason, List<String> notes) {

    public enum Outcome {
        VALID(0), INVALID(1), UNREADABLE(2);

        private final int exitCode;

        Outcome(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    static Verdict valid(long events, String headHash, String keyId, String signedAt, boolean keyTrusted) {
        return new Verdict(Outcome.VALID, events, headHash, keyId, signedAt, keyTrusted, null, null, List.of());
    }

    /** A valid signed PDF: no events to count; {@code reason} is what the signature says the PDF stands for. */
    static Verdict validPdf(String keyId, String signedAt, boolean keyTrusted, String reason) {
        return new Verdict(Outcome.VALID, -1, null, keyId, signedAt, keyTrusted, null, reason, List.of());
    }

    static Verdict invalid(Long badSeq, String reason) {
        return new Verdict(Outcome.INVALID, 0, null, null, null, false, badSeq, reason, List.of());
    }

    public static Verdict unreadableFile(String reason) {
        return unreadable(reason);
    }

    static Verdict unreadable(String reason) {
        return new Verdict(Outcome.UNREADABLE, 0, null, null, null, false, null, reason, List.of());
    }

    /** The same verdict with further lines of what was checked (checkpoints, timestamps). */
    Verdict withNotes(List<String> more) {
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(more);
        return new Verdict(outcome, events, headHash, keyId, signedAt, keyTrusted, badSeq, reason, List.copyOf(all));
    }

    public boolean valid() {
        return outcome == Outcome.VALID;
    }

    /** The verdict in one or two lines of English, as the command prints it. */
    public String text() {
        return switch (outcome) {
            case VALID -> (events < 0 ? "valid: signed PDF" + (reason == null ? "" : " (" + reason + ")")
                    : "valid: " + events + " events, head " + headHash) + ", signed by key " + keyId + " on "
                    + signedAt + (keyTrusted ? "" : System.lineSeparator() + "warning: the key was read from the "
                            + "file itself; pass --keys with the desk's published keys to check whose key it is");
            case INVALID -> "invalid: " + (badSeq == null ? "" : "event " + badSeq + ": ") + reason;
            case UNREADABLE -> "unreadable: " + reason;
        } + notes.stream().map(note -> System.lineSeparator() + note).reduce("", String::concat);
    }
}
