package app.factdesk.suggestion;

import java.util.Arrays;

/**
 * The sparse input of the check-worthiness model: character 2-5-grams of the whole (normalised) text with a space
 * on either side, and word 1-2-grams, each hashed (FNV-1a) into {@link #BUCKETS} buckets. Counts are damped
 * ({@code 1 + ln tf}) and each of the two blocks is scaled to unit length, so long and short units weigh alike.
 * With {@code languageCopy} every feature also appears a second time under a language-specific hash: a model
 * trained on the pooled tweets of both languages learns what they share and what is particular to one.
 */
final class HashedFeatures {

    static final int BITS = 18;
    static final int BUCKETS = 1 << BITS;
    static final int MIN_CHAR = 2;
    static final int MAX_CHAR = 5;
    private static final int FNV_OFFSET = 0x811C9DC5;
    private static final int FNV_PRIME = 0x01000193;
    private static final int WORD_SEED = 0x5bd1e995;

    /** Bucket indices (sorted, distinct) and their values. */
    record Vector(int[] index, float[] value) {
    }

    /**
     * How the n-grams are taken: character {@code charMin..charMax}-grams of the whole text or, with
     * {@code charWords}, of each word with a space on either side; word 1..{@code wordMax}-grams; counts damped
     * ({@code 1 + ln tf}) or, with {@code binary}, present/absent; with {@code stem}, both are taken of the text
     * with its Arabic words light-stemmed ({@link ModelText#lightStem}). {@link #DEFAULT} is the first trained
     * model's.
     */
    record Settings(int charMin, int charMax, boolean charWords, int wordMax, boolean binary, boolean stem) {
        static final Settings DEFAULT = new Settings(MIN_CHAR, MAX_CHAR, false, 2, false, false);

        String describe() {
            return "char " + charMin + "-" + charMax + "-grams" + (charWords ? " within words" : "") + " + word 1-"
                    + wordMax + "-grams" + (stem ? " of the light-stemmed text" : "") + ", "
                    + (binary ? "binary" : "1+ln tf");
        }
    }

    private HashedFeatures() {
    }

    static Vector of(String normalised, String languageCopy) {
        return of(normalised, languageCopy, Settings.DEFAULT);
    }

    static Vector of(String text, String languageCopy, Settings settings) {
        String normalised = settings.stem() ? ModelText.lightStem(text) : text;
        int[] chars = settings.charWords() ? charGramsInWords(normalised, settings.charMin(), settings.charMax())
                : charGrams(" " + normalised + " ", settings.charMin(), settings.charMax());
        int[] words = wordGrams(normalised, settings.wordMax());
        Vector c = weigh(chars, settings.binary());
        Vector w = weigh(words, settings.binary());
        Vector both = merge(c, w);
        if (languageCopy == null) {
            return both;
        }
        int seed = languageCopy.hashCode() * 0x9E3779B1;
        int[] copy = new int[both.index().length];
        for (int k = 0; k < copy.length; k++) {
            copy[k] = mix(both.index()[k] ^ seed);
        }
        return merge(both, new Vector(copy, both.value().clone()));
    }

    private static int[] charGrams(String padded, int min, int max) {
        int n = padded.length();
        int[] out = new int[Math.max(0, n * (max - min + 1))];
        int count = 0;
        for (int start = 0; start + min <= n; start++) {
            int hash = FNV_OFFSET;
            for (int len = 1; len <= max && start + len <= n; len++) {
                hash = (hash ^ padded.charAt(start + len - 1)) * FNV_PRIME;
                if (len >= min) {
                    out[count++] = mix(hash);
                }
            }
        }
        return Arrays.copyOf(out, count);
    }

    private static int[] charGramsInWords(String text, int min, int max) {
        int[] out = new int[0];
        for (String word : text.split(" ")) {
            if (!word.isEmpty()) {
                int[] grams = charGrams(" " + word + " ", min, max);
                int[] joined = Arrays.copyOf(out, out.length + grams.length);
                System.arraycopy(grams, 0, joined, out.length, grams.length);
                out = joined;
            }
        }
        return out;
    }

    private static int[] wordGrams(String text, int wordMax) {
        String[] words = text.isEmpty() || wordMax == 0 ? new String[0] : text.split(" ");
        int[] out = new int[words.length * Math.max(1, wordMax)];
        int count = 0;
        int previous = 0;
        boolean hasPrevious = false;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            int hash = WORD_SEED;
            for (int i = 0; i < word.length(); i++) {
                hash = (hash ^ word.charAt(i)) * FNV_PRIME;
            }
            out[count++] = mix(hash);
            if (hasPrevious && wordMax >= 2) {
                out[count++] = mix(previous * 31 + hash + 0x27d4eb2d);
            }
            previous = hash;
            hasPrevious = true;
        }
        return Arrays.copyOf(out, count);
    }

    private static int mix(int hash) {
        hash ^= hash >>> 16;
        hash *= 0x85ebca6b;
        hash ^= hash >>> 13;
        return hash & (BUCKETS - 1);
    }

    /** Counts the buckets, damps the counts and scales the block to unit length. */
    private static Vector weigh(int[] buckets, boolean binary) {
        Arrays.sort(buckets);
        int[] index = new int[buckets.length];
        float[] value = new float[buckets.length];
        int n = 0;
        for (int i = 0; i < buckets.length; ) {
            int j = i;
            while (j < buckets.length && buckets[j] == buckets[i]) {
                j++;
            }
            index[n] = buckets[i];
            value[n++] = binary ? 1f : (float) (1 + Math.log(j - i));
            i = j;
        }
        double norm = 0;
        for (int k = 0; k < n; k++) {
            norm += value[k] * value[k];
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int k = 0; k < n; k++) {
            value[k] *= scale;
        }
        return new Vector(Arrays.copyOf(index, n), Arrays.copyOf(value, n));
    }

    /** The sum of two vectors, indices sorted and distinct. */
    private static Vector merge(Vector a, Vector b) {
        int[] index = new int[a.index().length + b.index().length];
        float[] value = new float[index.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.index().length || j < b.index().length) {
            if (j == b.index().length || (i < a.index().length && a.index()[i] < b.index()[j])) {
                index[n] = a.index()[i];
                value[n++] = a.value()[i++];
            } else if (i == a.index().length || b.index()[j] < a.index()[i]) {
                index[n] = b.index()[j];
                value[n++] = b.value()[j++];
            } else {
                index[n] = a.index()[i];
                value[n++] = a.value()[i++] + b.value()[j++];
            }
        }
        return new Vector(Arrays.copyOf(index, n), Arrays.copyOf(value, n));
    }
}
