package app.factdesk.suggestion;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The weights of one language's logistic regression as stored in {@code suggestion/model-LANG.json}: a bias, one
 * weight per reason key, {@link CharNgrams#BUCKETS} n-gram weights and the bound on their total, the default
 * threshold chosen on the dev set, and free-form notes on how it was trained (data, prior, penalties, dev figures).
 */
record CheckWorthinessModel(String language, double bias, Map<String, Double> rules, double[] ngrams,
                            double ngramBound, double threshold, Map<String, Object> training) {

    static final ObjectMapper JSON = new ObjectMapper();

    CheckWorthinessModel {
        if (ngrams.length != CharNgrams.BUCKETS) {
            throw new IllegalArgumentException("expected " + CharNgrams.BUCKETS + " n-gram weights");
        }
    }

    static CheckWorthinessModel bundled(String language) {
        String resource = "/suggestion/model-" + language + ".json";
        try (InputStream in = CheckWorthinessModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No model for language " + language);
            }
            return JSON.readValue(in, CheckWorthinessModel.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The n-grams' share of the log-odds: their mean weight, squashed into (-ngramBound, ngramBound). */
    double ngramLogit(double meanWeight) {
        return ngramBound * Math.tanh(meanWeight / ngramBound);
    }

    double ruleWeight(String key) {
        return rules.getOrDefault(key, 0.0);
    }
}
