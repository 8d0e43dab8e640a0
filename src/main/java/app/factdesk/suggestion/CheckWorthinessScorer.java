package app.factdesk.suggestion;

import java.util.Comparator;
import java.util.List;

/**
 * Scores one sentence of one language: {@code sigmoid(bias + sum of the weights of the triggered reasons +
 * B tanh(mean n-gram weight / B))}. The bound B keeps the wording learned from tweets a correction of at most B on
 * the log-odds, so it cannot overrule the transparent cues on text of another genre. The reasons reported are the triggered ones whose weight is positive, strongest
 * first, so a reason never claims to explain a score it lowered. Immutable and thread-safe.
 */
public final class CheckWorthinessScorer {

    private final RuleFeatures rules;
    private final CheckWorthinessModel model;

    CheckWorthinessScorer(String language, CheckWorthinessModel model) {
        this.rules = new RuleFeatures(language);
        this.model = model;
    }

    /** The scorer of "ar" or "en" with the weights bundled on the classpath. */
    public static CheckWorthinessScorer bundled(String language) {
        return new CheckWorthinessScorer(language, CheckWorthinessModel.bundled(language));
    }

    /** The check-worthiness of one sentence, 0..1, with the reasons that raised it. */
    public Suggestion score(Sentence sentence) {
        SentenceFeatures features = features(sentence.text());
        List<Reason> reasons = features.reasons().stream().filter(r -> model.ruleWeight(r.key()) > 0)
                .sorted(Comparator.comparingDouble((Reason r) -> model.ruleWeight(r.key())).reversed()).toList();
        return new Suggestion(sentence.start(), sentence.end(), sentence.text(), probability(features), reasons);
    }

    /** Scores at or above it are suggested by default: the threshold with the best F1 on the dev set. */
    public double threshold() {
        return model.threshold();
    }

    SentenceFeatures features(String sentence) {
        return new SentenceFeatures(rules.detect(sentence), CharNgrams.of(sentence));
    }

    double probability(SentenceFeatures features) {
        double logit = model.bias();
        for (Reason reason : features.reasons()) {
            logit += model.ruleWeight(reason.key());
        }
        double[] weights = model.ngrams();
        double ngrams = 0;
        for (int bucket : features.ngrams()) {
            ngrams += weights[bucket];
        }
        return 1 / (1 + Math.exp(-(logit + model.ngramLogit(ngrams * features.ngramScale()))));
    }
}
