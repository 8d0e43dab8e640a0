package app.factdesk.suggestion;

import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains {@code suggestion/model-ar.json} and {@code model-en.json} from the CheckThat! 2022 1A tweets: fits on
 * train for a few n-gram penalties, keeps the one with the best dev average precision, and sets the threshold to
 * the best dev F1. Run by {@code bench/train-suggestions.sh [dataset-dir]}.
 */
final class TrainSuggestionModels {

    /** What news sentences taught us before any tweet: the reason weights the regression starts from and is pulled to. */
    static final Map<String, Double> PRIOR = Map.of("number", 0.5, "date", 0.3, "named-person", 0.5,
            "reporting-verb", 1.0, "quotation", 0.7, "comparison", 0.3, "institution", 0.4);
    static final double LAMBDA_RULES = 0.05;
    static final double[] LAMBDA_NGRAMS = {1e-6, 1e-5, 1e-4};
    /** How far, at most, the wording learned from tweets may move the log-odds of a sentence. */
    static final double NGRAM_BOUND = 2.0;
    static final int ITERATIONS = 1000;

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/datasets/checkthat2022-1a");
        Path out = Path.of(args.length > 1 ? args[1] : "src/main/resources/suggestion");
        for (String language : List.of("ar", "en")) {
            CheckWorthinessModel model = train(data, language);
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter();
            printer.indentArraysWith(DefaultPrettyPrinter.FixedSpaceIndenter.instance);
            CheckWorthinessModel.JSON.writer(printer).writeValue(out.resolve("model-" + language + ".json").toFile(),
                    model);
        }
    }

    static CheckWorthinessModel train(Path data, String language) throws IOException {
        RuleFeatures rules = new RuleFeatures(language);
        CheckThatData train = CheckThatData.read(data, language, "train");
        CheckThatData dev = CheckThatData.read(data, language, "dev");
        List<SentenceFeatures> trainX = features(rules, train);
        List<SentenceFeatures> devX = features(rules, dev);
        double[] prior = RuleFeatures.KEYS.stream().mapToDouble(PRIOR::get).toArray();
        LogisticRegression best = null;
        double bestAp = -1;
        double bestLambda = 0;
        for (double lambda : LAMBDA_NGRAMS) {
            LogisticRegression candidate = new LogisticRegression(NGRAM_BOUND);
            candidate.fit(trainX, train.labels(), prior, lambda, LAMBDA_RULES, ITERATIONS);
            double ap = Metrics.averagePrecision(scores(candidate, devX), dev.labels());
            System.out.printf("%s lambda=%.0e dev AP %.3f%n", language, lambda, ap);
            if (ap > bestAp) {
                best = candidate;
                bestAp = ap;
                bestLambda = lambda;
            }
        }
        reportWithoutPrior(language, trainX, train.labels(), devX, dev.labels(), bestLambda);
        // the threshold is chosen on the rounded weights that are shipped, so the bench reproduces it exactly
        CheckWorthinessModel rounded = toModel(language, best, 0, Map.of());
        CheckWorthinessScorer scorer = new CheckWorthinessScorer(language, rounded);
        double[] devScores = devX.stream().mapToDouble(scorer::probability).toArray();
        Metrics.AtThreshold f1 = Metrics.bestF1(devScores, dev.labels());
        System.out.printf("%s chosen lambda=%.0e: dev AP %.3f, threshold %.3f P %.3f R %.3f F1 %.3f%n", language,
                bestLambda, bestAp, f1.threshold(), f1.precision(), f1.recall(), f1.f1());
        return new CheckWorthinessModel(language, rounded.bias(), rounded.rules(), rounded.ngrams(), NGRAM_BOUND,
                Math.round(f1.threshold() * 1e6) / 1e6, notes(train, bestLambda, bestAp, f1));
    }

    /** For comparison only: the same fit with the reason weights left free (no prior), and the n-grams alone. */
    private static void reportWithoutPrior(String language, List<SentenceFeatures> trainX, int[] trainY,
                                           List<SentenceFeatures> devX, int[] devY, double lambda) {
        LogisticRegression free = new LogisticRegression(NGRAM_BOUND);
        free.fit(trainX, trainY, new double[RuleFeatures.KEYS.size()], lambda, 0, ITERATIONS);
        List<SentenceFeatures> bare = devX.stream().map(x -> new SentenceFeatures(List.of(), x.ngrams())).toList();
        LogisticRegression ngramsOnly = new LogisticRegression(NGRAM_BOUND);
        ngramsOnly.fit(trainX.stream().map(x -> new SentenceFeatures(List.of(), x.ngrams())).toList(), trainY,
                new double[RuleFeatures.KEYS.size()], lambda, 0, ITERATIONS);
        System.out.printf("%s without prior: dev AP %.3f, reason weights %s; n-grams alone: dev AP %.3f%n", language,
                Metrics.averagePrecision(scores(free, devX), devY), java.util.Arrays.toString(
                        java.util.Arrays.stream(free.rules).map(TrainSuggestionModels::round).toArray()),
                Metrics.averagePrecision(scores(ngramsOnly, bare), devY));
    }

    private static Map<String, Object> notes(CheckThatData train, double lambda, double ap, Metrics.AtThreshold f1) {
        Map<String, Object> notes = new LinkedHashMap<>();
        notes.put("data", "CheckThat! 2022 task 1A tweets, train split (" + train.labels().length
                + " tweets, links removed); threshold and penalty chosen on dev");
        notes.put("prior", new java.util.TreeMap<>(PRIOR));
        notes.put("lambdaRules", LAMBDA_RULES);
        notes.put("lambdaNgrams", lambda);
        notes.put("ngramBound", NGRAM_BOUND);
        notes.put("iterations", ITERATIONS);
        notes.put("devAveragePrecision", round(ap));
        notes.put("devPrecision", round(f1.precision()));
        notes.put("devRecall", round(f1.recall()));
        notes.put("devF1", round(f1.f1()));
        return notes;
    }

    private static CheckWorthinessModel toModel(String language, LogisticRegression fit, double threshold,
                                                Map<String, Object> notes) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int k = 0; k < fit.rules.length; k++) {
            weights.put(RuleFeatures.KEYS.get(k), round(fit.rules[k]));
        }
        double[] ngrams = new double[fit.ngrams.length];
        for (int b = 0; b < ngrams.length; b++) {
            ngrams[b] = round(fit.ngrams[b]);
        }
        return new CheckWorthinessModel(language, round(fit.bias), weights, ngrams, fit.bound, threshold, notes);
    }

    static List<SentenceFeatures> features(RuleFeatures rules, CheckThatData data) {
        return data.texts().stream().map(t -> new SentenceFeatures(rules.detect(t), CharNgrams.of(t))).toList();
    }

    static double[] scores(LogisticRegression model, List<SentenceFeatures> examples) {
        return examples.stream().mapToDouble(model::probability).toArray();
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
