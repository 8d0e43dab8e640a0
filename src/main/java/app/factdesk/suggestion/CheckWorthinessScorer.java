package app.factdesk.suggestion;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Scores one unit (a sentence; a tweet in training) of one language: {@code sigmoid(bias + w . x)} where x are the
 * hashed character 2-5-grams and word 1-2-grams of the normalised text ({@link ModelText}, {@link HashedFeatures})
 * and one input per triggered cue. The reasons reported are the triggered cues whose lift on the dev set is above
 * 1, highest lift first, so a reason shown is one that goes with check-worthy units. Immutable and thread-safe.
 */
public final class CheckWorthinessScorer {

    private final RuleFeatures rules;
    private final CheckWorthinessModel model;
    private final float[] weights;
    private final HashedFeatures.Settings settings;

    CheckWorthinessScorer(String language, CheckWorthinessModel model, float[] weights) {
        this.rules = new RuleFeatures(language);
        this.model = model;
        this.weights = weights;
        this.settings = model.featureSettings();
    }

    /** The scorer of {@code language} with the weights bundled on the classpath, or null when there are none. */
    static CheckWorthinessScorer bundled(String language) {
        CheckWorthinessModel.Loaded loaded = CheckWorthinessModel.bundled(language);
        return loaded == null ? null : new CheckWorthinessScorer(language, loaded.model(), loaded.weights());
    }

    /**
     * What news taught us before any tweet (ADR 004, written before training): the log-odds a cue adds to a
     * sentence of an article, where statements attributed to someone are what a checker checks.
     */
    static final Map<String, Double> NEWS_PRIOR = Map.of("reporting-verb", 1.0, "quotation", 0.7, "number", 0.5,
            "named-person", 0.5, "institution", 0.4, "date", 0.3, "comparison", 0.3);

    /** The check-worthiness of one sentence, 0..1, with the reasons that go with check-worthy text. */
    public Suggestion score(Sentence sentence) {
        return score(sentence, false);
    }

    /**
     * The check-worthiness of one unit; {@code news}: a sentence of an article, whose log-odds also get the
     * {@link #NEWS_PRIOR} of its cues (the model alone learned from tweets).
     */
    Suggestion score(Sentence sentence, boolean news) {
        List<Reason> found = rules.detect(sentence.text());
        List<Reason> reasons = found.stream().filter(r -> model.shows(r.key()))
                .sorted(Comparator.comparingDouble((Reason r) -> model.reasonLift().get(r.key())).reversed())
                .toList();
        double logit = logit(sentence.text(), found);
        if (news) {
            for (Reason cue : found) {
                logit += NEWS_PRIOR.getOrDefault(cue.key(), 0.0);
            }
        }
        return new Suggestion(sentence.start(), sentence.end(), sentence.text(), 1 / (1 + Math.exp(-logit)),
                reasons);
    }

    /** Scores at or above it are suggested by default: the threshold with the best F1 on the dev set. */
    public double threshold() {
        return model.threshold();
    }

    double articleShare() {
        return model.articleShare();
    }

    double probability(String text) {
        return 1 / (1 + Math.exp(-logit(text, rules.detect(text))));
    }

    private double logit(String text, List<Reason> cues) {
        HashedFeatures.Vector x = HashedFeatures.of(ModelText.normalise(text),
                model.languageCopy() ? model.language() : null, settings);
        double logit = model.bias();
        for (int k = 0; k < x.index().length; k++) {
            logit += weights[x.index()[k]] * x.value()[k];
        }
        for (Reason cue : cues) {
            logit += model.cueScale() * model.cueWeight(cue.key());
        }
        return logit;
    }
}
