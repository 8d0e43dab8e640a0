package app.factdesk.suggestion;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Trains {@code suggestion/model-{ar,en}.json} and {@code .weights} from the CheckThat! 2022 1A tweets, and the
 * baseline it must beat. Every model is a logistic regression on hashed character 2-5-grams and word 1-2-grams
 * (buckets seen in at least two training tweets), fitted on train with L-BFGS along a penalty path; the penalty is
 * chosen by dev average precision and the threshold by dev F1.
 * <ul>
 * <li>baseline: the plain text (lower case), the language's own tweets, no class weights;</li>
 * <li>candidates ({@link #candidates(String)}): the normalised text ({@link ModelText}), with or without the cue
 * features, on the language's tweets or on both languages pooled (every feature also copied under a
 * language-specific hash), plain or with naive-Bayes log-count-ratio scaling, the latter also of the text with
 * light-stemmed Arabic words. Each also gets a 5-fold cross-validated AP on the language's training tweets; the
 * candidate with the best mean of dev AP and CV AP is shipped (dev alone holds only 88 / 45 positives).</li>
 * </ul>
 * Deterministic (no sampling, no seed needed). Run by {@code bench/train-suggestions.sh [dataset-dir]}.
 */
final class TrainSuggestionModels {

    static final double[] LAMBDAS = {1e-3, 3e-4, 1e-4, 3e-5, 1e-5, 3e-6};
    static final int ITERATIONS = 150;
    static final int MIN_DF = 2;
    static final double CUE_SCALE = 0.5;
    static final double ARTICLE_SHARE = 0.5;
    /** A reason's lift is computed only where it fires on at least this many dev tweets. */
    static final int MIN_FIRED = 5;

    static final int FOLDS = 5;
    /** Add-alpha smoothing of the naive-Bayes counts. */
    static final double NB_ALPHA = 0.5;
    /** Buckets an NB candidate keeps: seen in at least this many training tweets (NB damps the rare ones). */
    static final int NB_MIN_DF = 1;
    static final HashedFeatures.Settings STEMMED = new HashedFeatures.Settings(HashedFeatures.MIN_CHAR,
            HashedFeatures.MAX_CHAR, false, 2, false, true);

    /**
     * A candidate: the text view, cue inputs, class weights, pooled languages, naive-Bayes scaling (each n-gram's
     * value multiplied by its log-count ratio on the training tweets, as in Wang and Manning's NB-SVM; folded into
     * the shipped weight) and the n-gram settings.
     */
    record Config(boolean normalise, boolean cues, boolean balanced, boolean pooled, boolean nb,
                  HashedFeatures.Settings settings, int minDf) {
        Config(boolean normalise, boolean cues, boolean balanced, boolean pooled) {
            this(normalise, cues, balanced, pooled, false, HashedFeatures.Settings.DEFAULT, MIN_DF);
        }

        String name() {
            return (normalise ? "normalised" : "plain") + (settings.stem() ? "+stemmed" : "") + (nb ? "+nb" : "")
                    + (cues ? "+cues" : "") + (balanced ? "+balanced" : "") + (pooled ? "+pooled" : "")
                    + (minDf != MIN_DF ? "+df" + minDf : "");
        }
    }

    /** A fitted candidate: dev AP at the chosen penalty, and the mean 5-fold cross-validated AP on train. */
    record Fit(Config config, double lambda, double ap, LogisticRegression model, Map<Integer, Integer> ids,
               float[] scale, double cv) {
        /** How the candidates are ranked: the mean of the two held-out estimates. */
        double merit() {
            return (ap + cv) / 2;
        }
    }

    record Example(String text, String language, int label, List<Reason> cues) {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/datasets/checkthat2022-1a");
        Path out = Path.of(args.length > 1 ? args[1] : "src/main/resources/suggestion");
        Map<String, List<Example>> train = new HashMap<>();
        Map<String, List<Example>> dev = new HashMap<>();
        for (String language : List.of("ar", "en")) {
            train.put(language, examples(CheckThatData.read(data, language, "train"), language));
            dev.put(language, examples(CheckThatData.read(data, language, "dev"), language));
        }
        for (String language : List.of("ar", "en")) {
            train(language, train, dev.get(language), out);
        }
    }

    static List<Example> examples(CheckThatData data, String language) {
        RuleFeatures rules = new RuleFeatures(language);
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < data.texts().size(); i++) {
            String text = data.texts().get(i);
            examples.add(new Example(text, language, data.labels()[i], rules.detect(text)));
        }
        return examples;
    }

    static void train(String language, Map<String, List<Example>> train, List<Example> dev, Path out)
            throws IOException {
        int[] devLabels = dev.stream().mapToInt(Example::label).toArray();
        Fit baseline = fit(new Config(false, false, false, false), language, train, dev);
        Map<String, Object> candidates = new LinkedHashMap<>();
        Fit best = null;
        for (Config config : candidates(language)) {
            Fit fit = fit(config, language, train, dev);
            candidates.put(fit.config().name(), Map.of("lambda", fit.lambda(), "devAveragePrecision",
                    round(fit.ap()), "cvAveragePrecision", round(fit.cv())));
            if (best == null || fit.merit() > best.merit()) {
                best = fit;
            }
        }
        Fit chosen = best;
        double[] baselineScores = scores(baseline, dev);
        Metrics.AtThreshold baselineF1 = Metrics.bestF1(baselineScores, devLabels);
        Map<String, Double> lift = reasonLift(dev);
        float[] weights = new float[HashedFeatures.BUCKETS];
        Map<String, Double> cueWeights = new LinkedHashMap<>();
        chosen.ids().forEach((bucket, id) -> weights[bucket] = (float) (chosen.model().w[id]
                * (chosen.scale() == null ? 1 : chosen.scale()[id])));
        for (int k = 0; k < RuleFeatures.KEYS.size(); k++) {
            cueWeights.put(RuleFeatures.KEYS.get(k), best.config().cues()
                    ? round(best.model().w[best.ids().size() + k]) : 0.0);
        }
        CheckWorthinessModel draft = new CheckWorthinessModel(language, best.model().bias, cueWeights, CUE_SCALE,
                best.config().pooled(), 0, ARTICLE_SHARE, lift, Map.of(), best.config().settings());
        // the figures are those of the shipped (float) weights, as the bench reproduces them
        CheckWorthinessScorer scorer = new CheckWorthinessScorer(language, draft, weights);
        double[] devScores = dev.stream().mapToDouble(e -> scorer.probability(e.text())).toArray();
        double ap = Metrics.averagePrecision(devScores, devLabels);
        Metrics.AtThreshold f1 = Metrics.bestF1(devScores, devLabels);
        Map<String, Object> notes = new LinkedHashMap<>();
        notes.put("data", "CheckThat! 2022 task 1A tweets: fitted on train (" + train.get(language).size() + " "
                + language + (best.config().pooled() ? " + " + train.get(other(language)).size() + " "
                + other(language) : "") + "), penalty and threshold chosen on dev (" + dev.size() + ")");
        notes.put("features", "hashed " + best.config().settings().describe() + ", 2^" + HashedFeatures.BITS
                + " buckets, min df " + best.config().minDf() + ", unit length per block"
                + (best.config().nb() ? ", scaled by naive-Bayes log-count ratios (alpha " + NB_ALPHA
                + ", folded into the weights)" : ""));
        notes.put("selection", "penalty by dev AP; candidate by the mean of dev AP and " + FOLDS
                + "-fold cross-validated AP on train (fold = tweet index mod " + FOLDS + ", each fold's penalty "
                + "chosen on its held-out part); threshold by dev F1");
        notes.put("config", best.config().name());
        notes.put("lambda", best.lambda());
        notes.put("devAveragePrecision", round(ap));
        notes.put("cvAveragePrecision", round(best.cv()));
        notes.put("devPrecision", round(f1.precision()));
        notes.put("devRecall", round(f1.recall()));
        notes.put("devF1", round(f1.f1()));
        Map<String, Object> base = new LinkedHashMap<>();
        base.put("config", baseline.config().name());
        base.put("lambda", baseline.lambda());
        base.put("devAveragePrecision", round(baseline.ap()));
        base.put("cvAveragePrecision", round(baseline.cv()));
        base.put("devF1", round(baselineF1.f1()));
        base.put("threshold", round(baselineF1.threshold()));
        notes.put("baseline", base);
        notes.put("candidates", candidates);
        CheckWorthinessModel model = new CheckWorthinessModel(language, round(best.model().bias), cueWeights,
                CUE_SCALE, best.config().pooled(), Math.round(f1.threshold() * 1e6) / 1e6, ARTICLE_SHARE, lift,
                notes, best.config().settings());
        CheckWorthinessModel.JSON.writerWithDefaultPrettyPrinter()
                .writeValue(out.resolve("model-" + language + ".json").toFile(), model);
        writeWeights(weights, out.resolve("model-" + language + ".weights"));
        System.out.printf("%s baseline (%s, lambda %.0e): dev AP %.3f F1 %.3f at %.3f, CV AP %.3f%n", language,
                baseline.config().name(), baseline.lambda(), baseline.ap(), baselineF1.f1(), baselineF1.threshold(),
                baseline.cv());
        System.out.printf("%s shipped (%s, lambda %.0e): dev AP %.3f F1 %.3f (P %.3f R %.3f) at %.3f, CV AP %.3f%n",
                language, best.config().name(), best.lambda(), ap, f1.f1(), f1.precision(), f1.recall(),
                f1.threshold(), best.cv());
        System.out.printf("%s candidates: %s%n%s reason lift on dev: %s%n", language, candidates, language, lift);
    }

    private static String other(String language) {
        return "ar".equals(language) ? "en" : "ar";
    }

    /**
     * The candidates: the normalised text with or without cues, on the language's tweets or pooled, each plain and
     * with naive-Bayes scaling (buckets seen once kept); for Arabic with NB also of the text with light-stemmed
     * Arabic words (the stemmer leaves English as it is).
     */
    static List<Config> candidates(String language) {
        HashedFeatures.Settings plain = HashedFeatures.Settings.DEFAULT;
        List<Config> configs = new ArrayList<>();
        for (boolean pooled : new boolean[] {false, true}) {
            for (boolean cues : new boolean[] {false, true}) {
                configs.add(new Config(true, cues, false, pooled, false, plain, MIN_DF));
                configs.add(new Config(true, cues, false, pooled, true, plain, NB_MIN_DF));
                if ("ar".equals(language)) {
                    configs.add(new Config(true, cues, false, pooled, true, STEMMED, NB_MIN_DF));
                }
            }
        }
        return configs;
    }

    /**
     * Fits the configuration along the penalty path (warm starts) and keeps the penalty with the best dev AP; the
     * same path on each of {@link #FOLDS} folds of the language's training tweets gives the cross-validated AP.
     */
    static Fit fit(Config config, String language, Map<String, List<Example>> train, List<Example> dev) {
        List<Example> own = train.get(language);
        List<Example> other = config.pooled() ? train.get(other(language)) : List.of();
        List<Example> examples = new ArrayList<>(own);
        examples.addAll(other);
        PenaltyPath fitted = path(config, examples, dev);
        int[] devLabels = dev.stream().mapToInt(Example::label).toArray();
        int bestK = 0;
        for (int k = 1; k < LAMBDAS.length; k++) {
            if (Metrics.averagePrecision(fitted.scores()[k], devLabels)
                    > Metrics.averagePrecision(fitted.scores()[bestK], devLabels)) {
                bestK = k;
            }
        }
        double cv = 0;
        for (int f = 0; f < FOLDS; f++) {
            List<Example> fitOn = new ArrayList<>();
            List<Example> heldOut = new ArrayList<>();
            for (int i = 0; i < own.size(); i++) {
                (i % FOLDS == f ? heldOut : fitOn).add(own.get(i));
            }
            fitOn.addAll(other);
            int[] heldLabels = heldOut.stream().mapToInt(Example::label).toArray();
            double foldBest = 0;
            for (double[] scores : path(config, fitOn, heldOut).scores()) {
                foldBest = Math.max(foldBest, Metrics.averagePrecision(scores, heldLabels));
            }
            cv += foldBest / FOLDS;
        }
        Fit best = new Fit(config, LAMBDAS[bestK], Metrics.averagePrecision(fitted.scores()[bestK], devLabels),
                fitted.models()[bestK], fitted.ids(), fitted.scale(), cv);
        System.out.printf("  %s %s: best lambda %.0e, dev AP %.3f, CV AP %.3f%n", language, config.name(),
                best.lambda(), best.ap(), best.cv());
        return best;
    }

    /** The models along the penalty path fitted on {@code examples}, and their probabilities on {@code eval}. */
    record PenaltyPath(LogisticRegression[] models, double[][] scores, Map<Integer, Integer> ids, float[] scale) {
    }

    private static PenaltyPath path(Config config, List<Example> examples, List<Example> eval) {
        return path(config, examples, eval, LAMBDAS, NB_ALPHA);
    }

    /**
     * Fits {@code config} on {@code examples} along the penalty path {@code lambdas} (warm starts), naive-Bayes
     * counts smoothed with {@code nbAlpha}; the probabilities on {@code eval} for each penalty. Also used by
     * {@link SuggestionExperiments}.
     */
    static PenaltyPath path(Config config, List<Example> examples, List<Example> eval, double[] lambdas,
            double nbAlpha) {
        List<HashedFeatures.Vector> vectors = examples.stream().map(e -> vector(config, e)).toList();
        Map<Integer, Integer> df = new HashMap<>();
        vectors.forEach(v -> {
            for (int bucket : v.index()) {
                df.merge(bucket, 1, Integer::sum);
            }
        });
        Map<Integer, Integer> ids = new TreeMap<>();
        df.forEach((bucket, count) -> {
            if (count >= config.minDf()) {
                ids.put(bucket, 0);
            }
        });
        int next = 0;
        for (Map.Entry<Integer, Integer> entry : ids.entrySet()) {
            entry.setValue(next++);
        }
        int dimension = ids.size() + (config.cues() ? RuleFeatures.KEYS.size() : 0);
        int n = examples.size();
        int[][] index = new int[n][];
        float[][] value = new float[n][];
        int[] labels = new int[n];
        double positives = examples.stream().filter(e -> e.label() == 1).count();
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) {
            Row row = row(config, examples.get(i), vectors.get(i), ids);
            index[i] = row.index();
            value[i] = row.value();
            labels[i] = examples.get(i).label();
            weight[i] = !config.balanced() ? 1 : labels[i] == 1 ? n / (2 * positives) : n / (2 * (n - positives));
        }
        float[] scale = config.nb() ? logCountRatios(index, labels, dimension, ids.size(), nbAlpha) : null;
        if (scale != null) {
            for (int i = 0; i < n; i++) {
                scale(index[i], value[i], scale);
            }
        }
        List<Row> evalRows = eval.stream().map(e -> {
            Row r = row(config, e, vector(config, e), ids);
            if (scale != null) {
                scale(r.index(), r.value(), scale);
            }
            return r;
        }).toList();
        LogisticRegression model = new LogisticRegression(dimension);
        LogisticRegression[] models = new LogisticRegression[lambdas.length];
        double[][] scores = new double[lambdas.length][];
        for (int k = 0; k < lambdas.length; k++) {
            model = new LogisticRegression(model);
            model.fit(index, value, labels, weight, lambdas[k], ITERATIONS);
            LogisticRegression fitted = model;
            models[k] = fitted;
            scores[k] = evalRows.stream().mapToDouble(r -> fitted.probability(r.index(), r.value())).toArray();
        }
        return new PenaltyPath(models, scores, ids, scale);
    }

    /**
     * The naive-Bayes log-count ratio of each n-gram id, {@code ln((p_j/|p|) / (q_j/|q|))} with p and q the
     * counts (plus {@code alpha}) of training tweets containing it among the positives and the negatives; 1 for
     * the cue inputs.
     */
    static float[] logCountRatios(int[][] index, int[] labels, int dimension, int ngrams, double alpha) {
        double[] p = new double[dimension];
        double[] q = new double[dimension];
        java.util.Arrays.fill(p, alpha);
        java.util.Arrays.fill(q, alpha);
        for (int i = 0; i < index.length; i++) {
            for (int id : index[i]) {
                (labels[i] == 1 ? p : q)[id] += 1;
            }
        }
        double sp = 0;
        double sq = 0;
        for (int j = 0; j < ngrams; j++) {
            sp += p[j];
            sq += q[j];
        }
        float[] r = new float[dimension];
        for (int j = 0; j < dimension; j++) {
            r[j] = j < ngrams ? (float) Math.log((p[j] / sp) / (q[j] / sq)) : 1f;
        }
        return r;
    }

    private static void scale(int[] index, float[] value, float[] scale) {
        for (int k = 0; k < index.length; k++) {
            value[k] *= scale[index[k]];
        }
    }

    private record Row(int[] index, float[] value) {
    }

    private static HashedFeatures.Vector vector(Config config, Example example) {
        String text = config.normalise() ? ModelText.normalise(example.text()) : ModelText.plain(example.text());
        return HashedFeatures.of(text, config.pooled() ? example.language() : null, config.settings());
    }

    private static Row row(Config config, Example example, HashedFeatures.Vector vector, Map<Integer, Integer> ids) {
        int[] index = new int[vector.index().length + RuleFeatures.KEYS.size()];
        float[] value = new float[index.length];
        int n = 0;
        for (int k = 0; k < vector.index().length; k++) {
            Integer id = ids.get(vector.index()[k]);
            if (id != null) {
                index[n] = id;
                value[n++] = vector.value()[k];
            }
        }
        if (config.cues()) {
            for (Reason cue : example.cues()) {
                index[n] = ids.size() + RuleFeatures.KEYS.indexOf(cue.key());
                value[n++] = (float) CUE_SCALE;
            }
        }
        return new Row(java.util.Arrays.copyOf(index, n), java.util.Arrays.copyOf(value, n));
    }

    private static double[] scores(Fit fit, List<Example> dev) {
        return dev.stream().mapToDouble(e -> {
            Row row = row(fit.config(), e, vector(fit.config(), e), fit.ids());
            if (fit.scale() != null) {
                scale(row.index(), row.value(), fit.scale());
            }
            return fit.model().probability(row.index(), row.value());
        }).toArray();
    }

    /** Each reason's precision on dev over the base rate (where it fires on at least {@link #MIN_FIRED} tweets). */
    static Map<String, Double> reasonLift(List<Example> dev) {
        double base = dev.stream().filter(e -> e.label() == 1).count() / (double) dev.size();
        Map<String, Double> lift = new LinkedHashMap<>();
        for (String key : RuleFeatures.KEYS) {
            List<Example> fired = dev.stream().filter(e -> e.cues().stream().anyMatch(r -> r.key().equals(key)))
                    .toList();
            if (fired.size() >= MIN_FIRED) {
                double precision = fired.stream().filter(e -> e.label() == 1).count() / (double) fired.size();
                lift.put(key, round(precision / base));
            }
        }
        return lift;
    }

    private static void writeWeights(float[] weights, Path file) throws IOException {
        int count = 0;
        for (float w : weights) {
            count += w != 0 ? 1 : 0;
        }
        try (OutputStream raw = Files.newOutputStream(file);
             DataOutputStream data = new DataOutputStream(new GZIPOutputStream(raw))) {
            data.writeInt(count);
            for (int b = 0; b < weights.length; b++) {
                if (weights[b] != 0) {
                    data.writeInt(b);
                    data.writeFloat(weights[b]);
                }
            }
        }
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
