package app.factdesk.suggestion;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import app.factdesk.suggestion.TrainSuggestionModels.Example;

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
            train.put(l, TrainSuggestionModels.examples(CheckThatData.read(data, l, "train"), l));
            if (l.equals(language)) {
                dev = TrainSuggestionModels.examples(CheckThatData.read(data, l, "dev"), l);
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

    /** Probabilities on {@code eval} along the penalty path, fitted on {@code fitOn} by the trainer's own code. */
    static double[][] fitPath(Member m, List<Example> fitOn, List<Example> eval) {
        TrainSuggestionModels.Config config = new TrainSuggestionModels.Config(m.normalise(), m.cues(), m.balanced(),
                m.pooled(), m.nb(), m.settings(), Integer.getInteger("min.df", TrainSuggestionModels.MIN_DF));
        double alpha = Double.parseDouble(System.getProperty("nb.alpha", "1"));
        return TrainSuggestionModels.path(config, fitOn, eval, LAMBDAS, alpha).scores();
    }
}
