package app.factdesk.suggestion;

import java.util.Arrays;

/**
 * Weighted logistic regression on sparse rows, L2-penalised (the bias is not), minimised with L-BFGS:
 * {@code sum_i s_i log(1 + exp(-y_i (b + w.x_i))) / sum_i s_i + lambda/2 |w|^2}. Deterministic: no sampling, the
 * same data give the same weights. Rows are given as compact feature ids with values.
 */
final class LogisticRegression {

    private static final int MEMORY = 8;

    final int dimension;
    final double[] w;
    double bias;

    LogisticRegression(int dimension) {
        this.dimension = dimension;
        this.w = new double[dimension];
    }

    /** Starts from the weights of {@code other} (warm start along a penalty path). */
    LogisticRegression(LogisticRegression other) {
        this.dimension = other.dimension;
        this.w = other.w.clone();
        this.bias = other.bias;
    }

    double logit(int[] index, float[] value) {
        double z = bias;
        for (int k = 0; k < index.length; k++) {
            z += w[index[k]] * value[k];
        }
        return z;
    }

    double probability(int[] index, float[] value) {
        return 1 / (1 + Math.exp(-logit(index, value)));
    }

    void fit(int[][] index, float[][] value, int[] labels, double[] sampleWeight, double lambda, int iterations) {
        int n = dimension + 1;
        double[] x = new double[n];
        System.arraycopy(w, 0, x, 0, dimension);
        x[dimension] = bias;
        double total = Arrays.stream(sampleWeight).sum();
        double[] g = new double[n];
        double f = evaluate(x, g, index, value, labels, sampleWeight, total, lambda);
        double[][] s = new double[MEMORY][];
        double[][] y = new double[MEMORY][];
        double[] rho = new double[MEMORY];
        int stored = 0;
        double[] direction = new double[n];
        double[] xNew = new double[n];
        double[] gNew = new double[n];
        double[] alpha = new double[MEMORY];
        for (int it = 0; it < iterations; it++) {
            // two-loop recursion
            System.arraycopy(g, 0, direction, 0, n);
            for (int k = stored - 1; k >= 0; k--) {
                alpha[k] = rho[k] * dot(s[k], direction);
                axpy(-alpha[k], y[k], direction);
            }
            if (stored > 0) {
                double gamma = dot(s[stored - 1], y[stored - 1]) / dot(y[stored - 1], y[stored - 1]);
                scale(direction, gamma);
            }
            for (int k = 0; k < stored; k++) {
                double beta = rho[k] * dot(y[k], direction);
                axpy(alpha[k] - beta, s[k], direction);
            }
            scale(direction, -1);
            double slope = dot(g, direction);
            if (slope >= 0) {
                System.arraycopy(g, 0, direction, 0, n);
                scale(direction, -1);
                slope = dot(g, direction);
                stored = 0;
            }
            double step = stored == 0 && it == 0 ? 1 / Math.max(1, Math.sqrt(dot(g, g))) : 1;
            double fNew;
            int tries = 0;
            while (true) {
                for (int k = 0; k < n; k++) {
                    xNew[k] = x[k] + step * direction[k];
                }
                fNew = evaluate(xNew, gNew, index, value, labels, sampleWeight, total, lambda);
                if (fNew <= f + 1e-4 * step * slope || ++tries > 30) {
                    break;
                }
                step /= 2;
            }
            double[] sk = new double[n];
            double[] yk = new double[n];
            for (int k = 0; k < n; k++) {
                sk[k] = xNew[k] - x[k];
                yk[k] = gNew[k] - g[k];
            }
            double sy = dot(sk, yk);
            if (sy > 1e-12) {
                if (stored == MEMORY) {
                    System.arraycopy(s, 1, s, 0, MEMORY - 1);
                    System.arraycopy(y, 1, y, 0, MEMORY - 1);
                    System.arraycopy(rho, 1, rho, 0, MEMORY - 1);
                    stored--;
                }
                s[stored] = sk;
                y[stored] = yk;
                rho[stored] = 1 / sy;
                stored++;
            }
            boolean converged = Math.abs(f - fNew) <= 1e-7 * Math.max(1, Math.abs(f));
            System.arraycopy(xNew, 0, x, 0, n);
            System.arraycopy(gNew, 0, g, 0, n);
            f = fNew;
            if (converged) {
                break;
            }
        }
        System.arraycopy(x, 0, w, 0, dimension);
        bias = x[dimension];
    }

    private double evaluate(double[] x, double[] g, int[][] index, float[][] value, int[] labels,
                            double[] sampleWeight, double total, double lambda) {
        int d = dimension;
        double loss = 0;
        double penalty = 0;
        for (int k = 0; k < d; k++) {
            g[k] = lambda * x[k];
            penalty += x[k] * x[k];
        }
        g[d] = 0;
        for (int i = 0; i < labels.length; i++) {
            double z = x[d];
            int[] idx = index[i];
            float[] val = value[i];
            for (int k = 0; k < idx.length; k++) {
                z += x[idx[k]] * val[k];
            }
            double sign = labels[i] == 1 ? 1 : -1;
            double margin = sign * z;
            loss += sampleWeight[i] * (margin > 0 ? Math.log1p(Math.exp(-margin)) : -margin + Math.log1p(Math.exp(margin)));
            double p = 1 / (1 + Math.exp(-z));
            double error = sampleWeight[i] * (p - labels[i]) / total;
            g[d] += error;
            for (int k = 0; k < idx.length; k++) {
                g[idx[k]] += error * val[k];
            }
        }
        return loss / total + lambda / 2 * penalty;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += a[k] * b[k];
        }
        return sum;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int k = 0; k < x.length; k++) {
            y[k] += a * x[k];
        }
    }

    private static void scale(double[] x, double a) {
        for (int k = 0; k < x.length; k++) {
            x[k] *= a;
        }
    }
}
