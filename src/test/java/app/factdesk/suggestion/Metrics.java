package app.factdesk.suggestion;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Figures of the positive class on scored examples: average precision, and precision/recall/F1 at a threshold. */
final class Metrics {

    record AtThreshold(double threshold, double precision, double recall, double f1) {
    }

    private Metrics() {
    }

    /** Average precision: the mean of the precision at the rank of each positive, ties broken pessimistically. */
    static double averagePrecision(double[] scores, int[] labels) {
        Integer[] order = ranked(scores, labels);
        int hits = 0;
        double sum = 0;
        for (int rank = 0; rank < order.length; rank++) {
            if (labels[order[rank]] == 1) {
                hits++;
                sum += hits / (double) (rank + 1);
            }
        }
        return hits == 0 ? 0 : sum / hits;
    }

    /** The threshold (halfway between two adjacent scores) that maximises the positive class's F1. */
    static AtThreshold bestF1(double[] scores, int[] labels) {
        Integer[] order = ranked(scores, labels);
        int positives = (int) Arrays.stream(labels).filter(l -> l == 1).count();
        AtThreshold best = new AtThreshold(1, 0, 0, 0);
        int hits = 0;
        for (int rank = 0; rank < order.length; rank++) {
            hits += labels[order[rank]];
            boolean cut = rank + 1 == order.length || scores[order[rank + 1]] < scores[order[rank]];
            double f1 = 2.0 * hits / (rank + 1 + positives);
            if (cut && f1 > best.f1()) {
                double next = rank + 1 == order.length ? 0 : scores[order[rank + 1]];
                best = at((scores[order[rank]] + next) / 2, scores, labels);
            }
        }
        return best;
    }

    static AtThreshold at(double threshold, double[] scores, int[] labels) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean predicted = scores[i] >= threshold;
            tp += predicted && labels[i] == 1 ? 1 : 0;
            fp += predicted && labels[i] == 0 ? 1 : 0;
            fn += !predicted && labels[i] == 1 ? 1 : 0;
        }
        double precision = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        double recall = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new AtThreshold(threshold, precision, recall, f1);
    }

    private static Integer[] ranked(double[] scores, int[] labels) {
        return IntStream.range(0, scores.length).boxed().sorted(Comparator.comparingDouble((Integer i) -> -scores[i])
                .thenComparingInt(i -> labels[i])).toArray(Integer[]::new);
    }
}
