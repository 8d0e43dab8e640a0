package app.factdesk.suggestion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Prints the suggestions for the reference article, the single-thread throughput of {@link SuggestionEngine} on
 * more than 1 MB of Arabic text against ICU segmentation alone (same run, same text), and the bundled models' dev
 * figures. Run by {@code bench/suggestions.sh [dataset-dir]}.
 */
final class SuggestionBench {

    private static final int RUNS = 7;

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/datasets/checkthat2022-1a");
        SuggestionEngine engine = SuggestionEngine.withBundledModels();
        referenceArticle(engine);
        throughput(engine);
        for (String language : List.of("ar", "en")) {
            devFigures(data, language);
        }
    }

    private static void referenceArticle(SuggestionEngine engine) {
        double threshold = engine.defaultThreshold("ar");
        System.out.printf("Reference article (threshold %.3f):%n", threshold);
        for (Suggestion s : engine.suggest(ReferenceArticle.text(), null)) {
            String words = s.text().length() > 48 ? s.text().substring(0, 48) + "…" : s.text();
            System.out.printf("  %s %.3f [%s] %s%n", s.suggested() ? "*" : " ", s.score(),
                    s.reasons().stream().map(Reason::key).collect(Collectors.joining(",")), words);
        }
    }

    private static void throughput(SuggestionEngine engine) {
        StringBuilder text = new StringBuilder();
        while (text.toString().getBytes(StandardCharsets.UTF_8).length < 1 << 20) {
            text.append(ReferenceArticle.text()).append("\n\n");
        }
        String corpus = text.toString();
        double megabytes = corpus.getBytes(StandardCharsets.UTF_8).length / 1e6;
        double engineSeconds = bestSeconds(t -> engine.suggest(t, "ar"), corpus);
        double icuSeconds = bestSeconds(t -> SentenceSegmenter.segment(t, "ar"), corpus);
        System.out.printf("Throughput on %.2f MB of Arabic (UTF-8), one thread, best of %d:%n", megabytes, RUNS);
        System.out.printf("  suggest (segment + score): %6.2f MB/s  (goal >= 2)%n", megabytes / engineSeconds);
        System.out.printf("  baseline ICU segmentation: %6.2f MB/s%n", megabytes / icuSeconds);
        System.out.printf("  suggest takes %.1fx the time of segmentation alone%n", engineSeconds / icuSeconds);
    }

    private static double bestSeconds(Consumer<String> work, String text) {
        double[] seconds = new double[RUNS];
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            work.accept(text);
        }
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            work.accept(text);
            seconds[run] = (System.nanoTime() - start) / 1e9;
        }
        return Arrays.stream(seconds).min().orElseThrow();
    }

    private static void devFigures(Path data, String language) throws IOException {
        CheckWorthinessScorer scorer = CheckWorthinessScorer.bundled(language);
        CheckThatData dev = CheckThatData.read(data, language, "dev");
        double[] scores = dev.texts().stream().mapToDouble(scorer::probability).toArray();
        Metrics.AtThreshold at = Metrics.at(scorer.threshold(), scores, dev.labels());
        System.out.printf("Dev %s (%d tweets): AP %.3f; at threshold %.3f: P %.3f R %.3f F1 %.3f%n", language,
                scores.length, Metrics.averagePrecision(scores, dev.labels()), at.threshold(), at.precision(),
                at.recall(), at.f1());
    }
}
