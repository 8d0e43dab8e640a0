package app.factdesk.suggestion;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * One language's check-worthiness model as bundled in {@code suggestion/model-LANG.json} (settings, bias, the
 * weights of the cue features, the threshold and the dev figures) and {@code suggestion/model-LANG.weights} (the
 * hashed n-gram weights: gzip of a count and then pairs of bucket and float weight). {@code reasonLift} is each
 * reason's lift over the base rate on the dev set; only reasons with a lift above 1 are shown. {@code features}
 * says how the n-grams are taken ({@link HashedFeatures.Settings}; absent: {@link HashedFeatures.Settings#DEFAULT}).
 * Whatever scaling the training applied to an input (e.g. naive-Bayes log-count ratios) is folded into its weight.
 */
record CheckWorthinessModel(String language, double bias, Map<String, Double> cues, double cueScale,
                            boolean languageCopy, double threshold, double articleShare,
                            Map<String, Double> reasonLift, Map<String, Object> training,
                            HashedFeatures.Settings features) {

    /** The n-gram settings the weights were trained with. */
    HashedFeatures.Settings featureSettings() {
        return features == null ? HashedFeatures.Settings.DEFAULT : features;
    }

    static final ObjectMapper JSON = new ObjectMapper();

    /** The bundled model of {@code language}, or null when there is none. */
    static Loaded bundled(String language) {
        String base = "/suggestion/model-" + language;
        try (InputStream meta = CheckWorthinessModel.class.getResourceAsStream(base + ".json");
             InputStream weights = CheckWorthinessModel.class.getResourceAsStream(base + ".weights")) {
            if (meta == null || weights == null) {
                return null;
            }
            return new Loaded(JSON.readValue(meta, CheckWorthinessModel.class), readWeights(weights));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static float[] readWeights(InputStream in) throws IOException {
        float[] weights = new float[HashedFeatures.BUCKETS];
        try (DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)))) {
            int count = data.readInt();
            for (int k = 0; k < count; k++) {
                weights[data.readInt()] = data.readFloat();
            }
        }
        return weights;
    }

    double cueWeight(String key) {
        return cues.getOrDefault(key, 0.0);
    }

    boolean shows(String reasonKey) {
        return reasonLift.getOrDefault(reasonKey, 0.0) > 1;
    }

    /** The settings with the n-gram weights, one float per hashed bucket. */
    record Loaded(CheckWorthinessModel model, float[] weights) {
    }
}
