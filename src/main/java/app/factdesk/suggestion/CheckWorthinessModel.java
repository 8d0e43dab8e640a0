package app.factdesk.suggestion;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The weights of one language's logistic regression as stored in {@code suggestion/model-LANG.json}: a bias, one
 * weight per reason key, {@link CharNgrams#BUCKETS} n-gram weights, the default threshold chosen on the dev set,
 * and free-form notes on how it was trained (data, prior, regularisation, dev figures).
 */
record CheckWorthinessModel(String language, double bias, Map<String, Double> rules, double[] ngrams,
                            double threshold, Map<String, Object> training) {

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

    double ruleWeight(String key) {
        return rules.getOrDefault(key, 0.0);
    }
}
