package app.factdesk.suggestion;

import java.util.List;

/** What the regression sees of a sentence: its reasons (one 0/1 input per key) and its n-gram buckets. */
record SentenceFeatures(List<Reason> reasons, int[] ngrams) {

    /** The value of each n-gram occurrence: n-grams are averaged, so the length of a sentence does not count. */
    double ngramScale() {
        return ngrams.length == 0 ? 0 : 1.0 / ngrams.length;
    }
}
