package app.factdesk.suggestion;

import java.util.List;

/**
 * Full-batch gradient descent (AdaGrad steps) on the mean log-loss, with an L2 penalty that pulls the n-gram
 * weights towards 0 and the reason weights towards a prior: {@code lambdaNgrams/2 |w|^2 + lambdaRules/2 |r - prior|^2}.
 * The bias is not penalised. The n-grams enter as {@code bound tanh(mean weight / bound)}, as in the scorer.
 */
final class LogisticRegression {

    private static final double RATE = 0.3;

    final double bound;
    double bias;
    final double[] rules = new double[RuleFeatures.KEYS.size()];
    final double[] ngrams = new double[CharNgrams.BUCKETS];

    LogisticRegression(double bound) {
        this.bound = bound;
    }

    void fit(List<SentenceFeatures> examples, int[] labels, double[] prior, double lambdaNgrams,
             double lambdaRules, int iterations) {
        System.arraycopy(prior, 0, rules, 0, rules.length);
        double[] history = new double[1 + rules.length + ngrams.length];
        double[] gradient = new double[history.length];
        for (int it = 0; it < iterations; it++) {
            java.util.Arrays.fill(gradient, 0);
            for (int i = 0; i < examples.size(); i++) {
                SentenceFeatures x = examples.get(i);
                double error = (probability(x) - labels[i]) / examples.size();
                gradient[0] += error;
                for (Reason reason : x.reasons()) {
                    gradient[1 + RuleFeatures.KEYS.indexOf(reason.key())] += error;
                }
                double squashed = Math.tanh(meanNgramWeight(x) / bound);
                double scaled = error * x.ngramScale() * (1 - squashed * squashed);
                for (int bucket : x.ngrams()) {
                    gradient[1 + rules.length + bucket] += scaled;
                }
            }
            for (int k = 0; k < rules.length; k++) {
                gradient[1 + k] += lambdaRules * (rules[k] - prior[k]);
            }
            for (int b = 0; b < ngrams.length; b++) {
                gradient[1 + rules.length + b] += lambdaNgrams * ngrams[b];
            }
            step(gradient, history);
        }
    }

    private void step(double[] gradient, double[] history) {
        for (int k = 0; k < gradient.length; k++) {
            history[k] += gradient[k] * gradient[k];
            double delta = history[k] == 0 ? 0 : RATE * gradient[k] / Math.sqrt(history[k]);
            if (k == 0) {
                bias -= delta;
            } else if (k <= rules.length) {
                rules[k - 1] -= delta;
            } else {
                ngrams[k - 1 - rules.length] -= delta;
            }
        }
    }

    double probability(SentenceFeatures x) {
        double logit = bias;
        for (Reason reason : x.reasons()) {
            logit += rules[RuleFeatures.KEYS.indexOf(reason.key())];
        }
        return 1 / (1 + Math.exp(-(logit + bound * Math.tanh(meanNgramWeight(x) / bound))));
    }

    private double meanNgramWeight(SentenceFeatures x) {
        double sum = 0;
        for (int bucket : x.ngrams()) {
            sum += ngrams[bucket];
        }
        return sum * x.ngramScale();
    }
}
