package app.factdesk.suggestion;

import java.util.Arrays;

/**
 * Hashed character n-grams (2 to 4 characters) of the folded words of a sentence, each word padded with a space on
 * either side so that prefixes and suffixes are features of their own. FNV-1a, extended one character at a time,
 * so no string is ever built.
 */
final class CharNgrams {

    static final int BUCKETS = 4096;
    static final int MIN_N = 2;
    static final int MAX_N = 4;
    private static final int FNV_OFFSET = 0x811C9DC5;
    private static final int FNV_PRIME = 0x01000193;

    private CharNgrams() {
    }

    /** The buckets of every n-gram of {@code sentence}, repeats included. */
    static int[] of(String sentence) {
        char[] word = new char[sentence.length() + 2];
        int[] out = new int[16];
        int count = 0;
        int i = 0;
        while (i < sentence.length()) {
            while (i < sentence.length() && !TextFolding.isWordChar(sentence.charAt(i))) {
                i++;
            }
            int length = 0;
            word[length++] = ' ';
            for (; i < sentence.length() && TextFolding.isWordChar(sentence.charAt(i)); i++) {
                char folded = TextFolding.fold(sentence.charAt(i));
                if (folded != TextFolding.DROPPED) {
                    word[length++] = folded;
                }
            }
            if (length == 1) {
                continue;
            }
            word[length++] = ' ';
            int needed = count + length * (MAX_N - MIN_N + 1);
            if (needed > out.length) {
                out = Arrays.copyOf(out, Math.max(needed, out.length * 2));
            }
            count = hashWord(word, length, out, count);
        }
        return Arrays.copyOf(out, count);
    }

    private static int hashWord(char[] word, int length, int[] out, int count) {
        for (int start = 0; start + MIN_N <= length; start++) {
            int hash = FNV_OFFSET;
            for (int n = 1; n <= MAX_N && start + n <= length; n++) {
                hash = (hash ^ word[start + n - 1]) * FNV_PRIME;
                if (n >= MIN_N) {
                    out[count++] = (hash ^ (hash >>> 16)) & (BUCKETS - 1);
                }
            }
        }
        return count;
    }
}
