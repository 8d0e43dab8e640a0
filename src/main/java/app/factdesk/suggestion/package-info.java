/**
 * Claim suggestions: splits an article into sentences (ICU4J, exact UTF-16 offsets) and scores each for
 * check-worthiness with a small per-language logistic regression over transparent cues (numbers, dates, named
 * people, reporting verbs, quotations, comparisons, institutions) and hashed character n-grams. Every score comes
 * with stable reason keys the UI can translate. Pure computation: no database, no events; the weights are bundled
 * in {@code suggestion/model-*.json} and trained by {@code bench/train-suggestions.sh}.
 */
package app.factdesk.suggestion;
