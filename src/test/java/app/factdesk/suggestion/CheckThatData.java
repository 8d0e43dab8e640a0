package app.factdesk.suggestion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The CheckThat! 2022 task 1A tweets (topic, tweet_id, tweet_url, tweet_text, class_label), text as published. */
record CheckThatData(List<String> texts, int[] labels) {

    static CheckThatData read(Path dir, String language, String split) throws IOException {
        String name = "ar".equals(language) ? "arabic" : "english";
        Path file = dir.resolve("CT22_" + name + "_1A_checkworthy_" + split + ".tsv");
        List<String[]> rows = Files.readAllLines(file, StandardCharsets.UTF_8).stream().skip(1)
                .filter(line -> !line.isBlank()).map(line -> line.split("\t", -1)).toList();
        List<String> texts = rows.stream().map(r -> r[3].strip()).toList();
        int[] labels = rows.stream().mapToInt(r -> Integer.parseInt(r[4].strip())).toArray();
        return new CheckThatData(texts, labels);
    }
}
