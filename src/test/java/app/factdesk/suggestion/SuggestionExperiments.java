package app.factdesk.suggestion;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Research harness (not part of the build's tests): fits candidate models of one language along a penalty path and
 * prints dev AP and 5-fold cross-validated AP on train (each fold's penalty chosen on that fold's held-out part, the
 * same for every candidate), then logit-averaged ensembles of the candidates. Deterministic: folds are i mod 5.
 * Usage: SuggestionExperiments dataset-dir language [member names...]; system properties {@code nb.alpha}
 * (default 1) and {@code min.df} (default {@link TrainSuggestionModels#MIN_DF}). "stem" members stem the whole
 * text (characters and words; the word-only stemming of the first experiments is gone).
 */
final class SuggestionExperiments {

    static final double[] LAMBDAS = {3e-3, 1e-3, 3e-4, 1e-4, 3e-5, 1e-5, 3e-6};
    static final int FOLDS = 5;

    record Example(String text, String language, int label, List<Reason> cues) {
    }

    /** A candidate: text view, n-gram settings, pooled languages, cue inputs, NB log-count-ratio scaling. */
    record Member(String name, boolean normalise, HashedFeatures.Settings settings, boolean pooled, boolean cues,
                  boolean nb, boolean balanced) {
    }

    /** Dev probabilities per lambda, and out-of-fold train probabilities per lambda. */
    record Result(Member member, double[][] dev, double[][] oof) {
    }

    static final HashedFeatures.Settings D = HashedFeatures.Settings.DEFAULT;

    static List<Member> members() {
        List<Member> m = new ArrayList<>();
        HashedFeatures.Settings wb16 = new HashedFeatures.Settings(1, 6, true, 2, false, false);
        HashedFeatures.Settings charOnly = new HashedFeatures.Settings(2, 5, false, 0, false, false);
        HashedFeatures.Settings wordOnly = new HashedFeatures.Settings(2, 1, false, 2, false, false);
        HashedFeatures.Settings binary = new HashedFeatures.Settings(2, 5, false, 2, true, false);
        HashedFeatures.Settings stem = new HashedFeatures.Settings(2, 5, false, 2, false, true);
        HashedFeatures.Settings c16 = new HashedFeatures.Settings(1, 6, false, 2, false, false);
        m.add(new Member("plain", false, D, false, false, false, false));
        m.add(new Member("norm", true, D, false, false, false, false));
        m.add(new Member("norm+cues", true, D, false, true, false, false));
        m.add(new Member("norm+cues+pooled", true, D, true, true, false, false));
        m.add(new Member("norm+pooled", true, D, true, false, false, false));
        m.add(new Member("nb", true, D, false, false, true, false));
        m.add(new Member("nb+cues", true, D, false, true, true, false));
        m.add(new Member("nb+cues+pooled", true, D, true, true, true, false));
        m.add(new Member("char", true, charOnly, false, false, false, false));
        m.add(new Member("word", true, wordOnly, false, false, false, false));
        m.add(new Member("word+cues+pooled", true, wordOnly, true, true, false, false));
        m.add(new Member("char+cues+pooled", true, charOnly, true, true, false, false));
        m.add(new Member("binary+cues+pooled", true, binary, true, true, false, false));
        m.add(new Member("stem+cues+pooled", true, stem, true, true, false, false));
        m.add(new Member("wb16+cues+pooled", true, wb16, true, true, false, false));
        m.add(new Member("c16+cues+pooled", true, c16, true, true, false, false));
        m.add(new Member("nb-stem+cues+pooled", true, stem, true, true, true, false));
        m.add(new Member("nb+binary", true, binary, false, false, true, false));
        m.add(new Member("nb+binary+cues", true, binary, false, true, true, false));
        m.add(new Member("nb-stem+cues", true, stem, false, true, true, false));
        m.add(new Member("nb-c16+cues", true, c16, false, true, true, false));
        m.add(new Member("nb-wb16+cues", true, wb16, false, true, true, false));
        m.add(new Member("nb-char+cues", true, charOnly, false, true, true, false));
        m.add(new Member("nb-word+cues", true, wordOnly, false, true, true, false));
        m.add(new Member("nb+cues+balanced", true, D, false, true, true, true));
        m.add(new Member("nb+binary+cues+pooled", true, binary, true, true, true, false));
        m.add(new Member("nb-stem", true, stem, false, false, true, false));
        m.add(new Member("nb-stem+pooled", true, stem, true, false, true, false));
        HashedFeatures.Settings stemBinary = new HashedFeatures.Settings(2, 5, false, 2, true, true);
        m.add(new Member("nb-stem-binary+cues+pooled", true, stemBinary, true, true, true, false));
        m.add(new Member("nb-stem-c16+cues+pooled", true,
                new HashedFeatures.Settings(1, 6, false, 2, false, true), true, true, true, false));
        m.add(new Member("nb-stem-wb16+cues", true, new HashedFeatures.Settings(1, 6, true, 2, false, true), false,
                true, true, false));
        m.add(new Member("nb-stem-c16+cues", true, new HashedFeatures.Settings(1, 6, false, 2, false, true), false,
                true, true, false));
        m.add(new Member("nb-stem-binary+cues", true, new HashedFeatures.Settings(2, 5, false, 2, true, true), false,
                true, true, false));
        return m;
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        String language = args[1];
        List<String> wanted = Arrays.asList(args).subList(2, args.length);
        Map<String, List<Example>> train = new HashMap<>();
        List<Example> dev = null;
        for (String l : List.of("ar", "en")) {
            train.put(l, examples(CheckThatData.read(data, l, "train"), l));
            if (l.equals(language)) {
                dev = examples(CheckThatData.read(data, l, "dev"), l);
            }
        }
        int[] devLabels = dev.stream().mapToInt(Example::label).toArray();
        List<Example> own = train.get(language);
        int[] trainLabels = own.stream().mapToInt(Example::label).toArray();
        Map<String, Result> results = new LinkedHashMap<>();
        for (Member member : members()) {
            if (!wanted.isEmpty() && !wanted.contains(member.name())) {
                continue;
            }
            long start = System.nanoTime();
            Result r = run(member, language, train, dev);
            results.put(member.name(), r);
            int bestDev = argmax(r.dev(), devLabels);
            System.out.printf("%-24s dev AP %.4f (lambda %.0e)  CV AP %.4f  [dev by lambda %s] %.0fs%n",
                    member.name(), ap(r.dev()[bestDev], devLabels), LAMBDAS[bestDev], cv(r.oof(), trainLabels),
                    path(r.dev(), devLabels), (System.nanoTime() - start) / 1e9);
        }
        // ensembles: mean logit of members, each at its own dev-best lambda (dev) / fold-best lambda (CV)
        List<String> names = new ArrayList<>(results.keySet());
        names.remove("plain");
        List<String[]> combos = new ArrayList<>();
        for (int a = 0; a < names.size(); a++) {
            for (int b = a + 1; b < names.size(); b++) {
                combos.add(new String[] {names.get(a), names.get(b)});
                for (int c = b + 1; c < names.size(); c++) {
                    combos.add(new String[] {names.get(a), names.get(b), names.get(c)});
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] combo : combos) {
            double[] devMean = new double[devLabels.length];
            double[] oofMean = new double[trainLabels.length];
            for (String name : combo) {
                Result r = results.get(name);
                add(devMean, r.dev()[argmax(r.dev(), devLabels)]);
                add(oofMean, cvPredictions(r.oof(), trainLabels));
            }
            lines.add(String.format("%.4f  CV %.4f  %s", ap(devMean, devLabels), foldMean(oofMean, trainLabels),
                    String.join(" + ", combo)));
        }
        lines.sort(java.util.Comparator.reverseOrder());
        System.out.println("ensembles (mean logit), best dev AP first:");
        lines.stream().limit(40).forEach(System.out::println);
    }

    static void add(double[] sum, double[] probabilities) {
        for (int i = 0; i < sum.length; i++) {
            double p = Math.min(1 - 1e-12, Math.max(1e-12, probabilities[i]));
            sum[i] += Math.log(p / (1 - p));
        }
    }

    static String path(double[][] dev, int[] labels) {
        StringBuilder s = new StringBuilder();
        for (double[] d : dev) {
            s.append(String.format("%.3f ", ap(d, labels)));
        }
        return s.toString().strip();
    }

    static int argmax(double[][] scores, int[] labels) {
        int best = 0;
        for (int k = 1; k < scores.length; k++) {
            if (ap(scores[k], labels) > ap(scores[best], labels)) {
                best = k;
            }
        }
        return best;
    }

    static double ap(double[] scores, int[] labels) {
        return Metrics.averagePrecision(scores, labels);
    }

    /** Mean over folds of the fold AP at the lambda best on that fold. */
    static double cv(double[][] oof, int[] labels) {
        double sum = 0;
        for (int f = 0; f < FOLDS; f++) {
            int[] idx = fold(labels.length, f);
            int[] l = Arrays.stream(idx).map(i -> labels[i]).toArray();
            double best = 0;
            for (double[] scores : oof) {
                best = Math.max(best, ap(Arrays.stream(idx).mapToDouble(i -> scores[i]).toArray(), l));
            }
            sum += best;
        }
        return sum / FOLDS;
    }

    /** Mean over folds of the AP of fold predictions. */
    static double foldMean(double[] scores, int[] labels) {
        double sum = 0;
        for (int f = 0; f < FOLDS; f++) {
            int[] idx = fold(labels.length, f);
            sum += ap(Arrays.stream(idx).mapToDouble(i -> scores[i]).toArray(),
                    Arrays.stream(idx).map(i -> labels[i]).toArray());
        }
        return sum / FOLDS;
    }

    /** Out-of-fold predictions, each fold's at the lambda best on that fold. */
    static double[] cvPredictions(double[][] oof, int[] labels) {
        double[] out = new double[labels.length];
        for (int f = 0; f < FOLDS; f++) {
            int[] idx = fold(labels.length, f);
            int[] l = Arrays.stream(idx).map(i -> labels[i]).toArray();
            double[] best = null;
            double bestAp = -1;
            for (double[] scores : oof) {
                double a = ap(Arrays.stream(idx).mapToDouble(i -> scores[i]).toArray(), l);
                if (a > bestAp) {
                    bestAp = a;
                    best = scores;
                }
            }
            for (int i : idx) {
                out[i] = best[i];
            }
        }
        return out;
    }

    static int[] fold(int n, int f) {
        return java.util.stream.IntStream.range(0, n).filter(i -> i % FOLDS == f).toArray();
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

    static Result run(Member member, String language, Map<String, List<Example>> train, List<Example> dev) {
        List<Example> own = train.get(language);
        List<Example> other = member.pooled() ? train.get("ar".equals(language) ? "en" : "ar") : List.of();
        double[][] devScores = fitPath(member, concat(own, other), dev);
        double[][] oof = new double[LAMBDAS.length][own.size()];
        for (int f = 0; f < FOLDS; f++) {
            List<Example> fitOn = new ArrayList<>();
            List<Example> heldOut = new ArrayList<>();
            for (int i = 0; i < own.size(); i++) {
                (i % FOLDS == f ? heldOut : fitOn).add(own.get(i));
            }
            fitOn.addAll(other);
            double[][] s = fitPath(member, fitOn, heldOut);
            int[] idx = fold(own.size(), f);
            for (int k = 0; k < LAMBDAS.length; k++) {
                for (int j = 0; j < idx.length; j++) {
                    oof[k][idx[j]] = s[k][j];
                }
            }
        }
        return new Result(member, devScores, oof);
    }

    static List<Example> concat(List<Example> a, List<Example> b) {
        List<Example> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    static HashedFeatures.Vector vector(Member m, Example e) {
        String text = m.normalise() ? ModelText.normalise(e.text()) : ModelText.plain(e.text());
        return HashedFeatures.of(text, m.pooled() ? e.language() : null, m.settings());
    }

    /** Probabilities on {@code eval} along the penalty path, fitted on {@code fitOn}. */
    static double[][] fitPath(Member m, List<Example> fitOn, List<Example> eval) {
        List<HashedFeatures.Vector> vectors = fitOn.stream().map(e -> vector(m, e)).toList();
        Map<Integer, Integer> df = new HashMap<>();
        vectors.forEach(v -> {
            for (int bucket : v.index()) {
                df.merge(bucket, 1, Integer::sum);
            }
        });
        Map<Integer, Integer> ids = new TreeMap<>();
        df.forEach((bucket, count) -> {
            if (count >= Integer.getInteger("min.df", TrainSuggestionModels.MIN_DF)) {
                ids.put(bucket, 0);
            }
        });
        int next = 0;
        for (Map.Entry<Integer, Integer> entry : ids.entrySet()) {
            entry.setValue(next++);
        }
        int dimension = ids.size() + (m.cues() ? RuleFeatures.KEYS.size() : 0);
        int n = fitOn.size();
        int[][] index = new int[n][];
        float[][] value = new float[n][];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            Row row = row(m, fitOn.get(i), vectors.get(i), ids);
            index[i] = row.index();
            value[i] = row.value();
            labels[i] = fitOn.get(i).label();
        }
        float[] scale = null;
        if (m.nb()) {
            scale = nbRatio(index, labels, dimension, ids.size());
            for (int i = 0; i < n; i++) {
                scaleRow(index[i], value[i], scale);
            }
        }
        double positives = Arrays.stream(labels).sum();
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) {
            weight[i] = !m.balanced() ? 1 : labels[i] == 1 ? n / (2 * positives) : n / (2 * (n - positives));
        }
        List<Row> evalRows = new ArrayList<>();
        for (Example e : eval) {
            Row r = row(m, e, vector(m, e), ids);
            if (scale != null) {
                scaleRow(r.index(), r.value(), scale);
            }
            evalRows.add(r);
        }
        double[][] out = new double[LAMBDAS.length][];
        LogisticRegression model = new LogisticRegression(dimension);
        for (int k = 0; k < LAMBDAS.length; k++) {
            model = new LogisticRegression(model);
            model.fit(index, value, labels, weight, LAMBDAS[k], TrainSuggestionModels.ITERATIONS);
            LogisticRegression fitted = model;
            out[k] = evalRows.stream().mapToDouble(r -> fitted.probability(r.index(), r.value())).toArray();
        }
        return out;
    }

    /** NB log-count ratio of each n-gram id (presence counts, add-one), 1 for the cue inputs. */
    static float[] nbRatio(int[][] index, int[] labels, int dimension, int ngrams) {
        double[] p = new double[dimension];
        double[] q = new double[dimension];
        double alpha = Double.parseDouble(System.getProperty("nb.alpha", "1"));
        Arrays.fill(p, alpha);
        Arrays.fill(q, alpha);
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

    static void scaleRow(int[] index, float[] value, float[] scale) {
        for (int k = 0; k < index.length; k++) {
            value[k] *= scale[index[k]];
        }
    }

    record Row(int[] index, float[] value) {
    }

    static Row row(Member m, Example example, HashedFeatures.Vector vector, Map<Integer, Integer> ids) {
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
        if (m.cues()) {
            for (Reason cue : example.cues()) {
                index[n] = ids.size() + RuleFeatures.KEYS.indexOf(cue.key());
                value[n++] = (float) TrainSuggestionModels.CUE_SCALE;
            }
        }
        return new Row(Arrays.copyOf(index, n), Arrays.copyOf(value, n));
    }
}
