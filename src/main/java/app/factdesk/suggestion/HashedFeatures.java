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

    private HashedFeatures() {
    }

    static Vector of(String normalised, String languageCopy) {
        int[] chars = charGrams(normalised);
        int[] words = wordGrams(normalised);
        Vector c = weigh(chars);
        Vector w = weigh(words);
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

    private static int[] charGrams(String text) {
        String padded = " " + text + " ";
        int n = padded.length();
        int[] out = new int[Math.max(0, n * (MAX_CHAR - MIN_CHAR + 1))];
        int count = 0;
        for (int start = 0; start + MIN_CHAR <= n; start++) {
            int hash = FNV_OFFSET;
            for (int len = 1; len <= MAX_CHAR && start + len <= n; len++) {
                hash = (hash ^ padded.charAt(start + len - 1)) * FNV_PRIME;
                if (len >= MIN_CHAR) {
                    out[count++] = mix(hash);
                }
            }
        }
        return Arrays.copyOf(out, count);
    }

    private static int[] wordGrams(String text) {
        String[] words = text.isEmpty() ? new String[0] : text.split(" ");
        int[] out = new int[words.length * 2];
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
            if (hasPrevious) {
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
    private static Vector weigh(int[] buckets) {
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
            value[n++] = (float) (1 + Math.log(j - i));
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
