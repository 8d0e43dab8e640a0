package app.factdesk.suggestion;

/**
 * Why a sentence looks check-worthy: a stable key ({@code number}, {@code date}, {@code named-person},
 * {@code reporting-verb}, {@code quotation}, {@code comparison}, {@code institution}) for the UI to translate, and
 * the words of the sentence that triggered it.
 */
public record Reason(String key, String detail) {
}
