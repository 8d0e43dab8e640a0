package app.factdesk.claim;

import app.factdesk.FactDeskApplication;
import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.security.Role;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Similar-claims latency on the embedded PostgreSQL: fills one workspace with 100,000 generated claims (half Arabic,
 * half English, fixed seed; {@code -Dcorpus=tweets} made of the CheckThat! tweets' words, or {@code templates}),
 * then times 60 match queries ({@code -Dqueries=N}; variants of stored claims with a word left out) three times
 * through {@link SimilarClaims} as a signed-in member of the workspace, and prints p50/p95/max, the same statements
 * alone, the fixed cost of a match, how often the claim a query came from is found, and the query plan. Run by
 * {@code bench/similar.sh}.
 */
public final class SimilarBench {

    private static final String[] EN_WHO = {"The minister", "Senator Warren", "The mayor", "The spokesman", "Peskov",
        "The health ministry", "The central bank", "The governor", "Psaki", "The police", "The company", "Nuland"};
    private static final String[] EN_WHAT = {"unemployment", "inflation", "the deficit", "crime", "exports",
        "vaccinations", "hospital admissions", "house prices", "fuel prices", "school enrolment", "rents", "tax revenue"};
    private static final String[] EN_VERB = {"rose to", "fell to", "reached", "doubled to", "dropped below",
        "climbed above"};
    private static final String[] EN_WHERE = {"Egypt", "Lagos", "London", "Moscow", "Texas", "Kenya", "Ohio",
        "Tunis", "Geneva", "Jordan", "Brazil", "Delhi"};
    private static final String[] AR_WHO = {"قال الوزير", "قال المتحدث باسم الرئاسة", "أعلنت وزارة الصحة",
        "أكد البنك المركزي", "قالت المتحدثة جين بساكي", "أكد بيسكوف", "أعلنت الشرطة", "قال المحافظ"};
    private static final String[] AR_WHAT = {"البطالة", "التضخم", "العجز", "الجريمة", "الصادرات", "التطعيم",
        "أسعار الوقود", "الإيجارات", "أسعار المنازل", "الإيرادات الضريبية"};
    private static final String[] AR_VERB = {"ارتفعت إلى", "انخفضت إلى", "بلغت", "تضاعفت إلى", "تراجعت إلى"};
    private static final String[] AR_WHERE = {"مصر", "تونس", "الجزائر", "موسكو", "الأردن", "لبنان", "المغرب",
        "العراق", "قطر", "ليبيا"};

    private static final int QUERIES = Integer.getInteger("queries", 60);

    public static void main(String[] args) throws Exception {
        var context = new SpringApplicationBuilder(FactDeskApplication.class).profiles("test")
                .properties("server.port=0", "logging.level.root=warn", "spring.main.lazy-initialization=true").run();
        try {
            JdbcTemplate owner = context.getBean(app.factdesk.OwnerDatabase.class).jdbc();
            TwoWorkspaces fixtures = context.getBean(TwoWorkspaces.class);
            TestUsers users = context.getBean(TestUsers.class);
            SimilarClaims similar = context.getBean(SimilarClaims.class);
            TwoWorkspaces.Other desk = fixtures.createOther();
            long article = fixtures.importIn(desk, "Bench", "Bench article body for generated claims.", "en");
            String member = fixtures.addMember(desk, Role.VIEWER, "Bench Viewer");
            Random random = new Random(15);
            Path tweets = Path.of(System.getProperty("datasets", "../shared/datasets/checkthat2022-1a"));
            String corpus = System.getProperty("corpus", "tweets");
            if ("tweets".equals(corpus) && !Files.isDirectory(tweets)) {
                System.out.println("no CheckThat! tweets at " + tweets + " (-Ddatasets=): using the template corpus");
                corpus = "templates";
            }
            List<String> statements = new ArrayList<>();
            if ("tweets".equals(corpus)) {
                Map<Boolean, List<List<String>>> sentences = Map.of(true, tweetWords(tweets, "arabic"),
                        false, tweetWords(tweets, "english"));
                Map<Boolean, List<String>> vocabulary = new HashMap<>();
                sentences.forEach((arabic, all) -> vocabulary.put(arabic,
                        all.stream().flatMap(List::stream).toList()));
                for (int i = 0; i < 100_000; i++) {
                    statements.add(fromTweet(random, sentences.get(i % 2 == 0), vocabulary.get(i % 2 == 0)));
                }
            } else {
                for (int i = 0; i < 100_000; i++) {
                    statements.add(statement(random, i % 2 == 0));
                }
            }
            System.out.printf("corpus: %s, %,d distinct words%n", corpus, statements.stream()
                    .flatMap(t -> Arrays.stream(t.toLowerCase(java.util.Locale.ROOT).split("\\s+"))).distinct().count());
            long start = System.nanoTime();
            Timestamp now = Timestamp.from(Instant.now());
            for (int from = 0; from < statements.size(); from += 5000) {
                List<Object[]> batch = new ArrayList<>();
                for (String s : statements.subList(from, from + 5000)) {
                    batch.add(new Object[] {desk.workspaceId(), article, s, s, now, now,
                        app.factdesk.shared.TextLanguage.detect(s)});
                }
                owner.batchUpdate("""
                        insert into claim (workspace_id, article_id, statement, anchor_start, anchor_end, quote_exact,
                            quote_prefix, quote_suffix, origin, created_at, updated_at, search_language)
                        values (?, ?, ?, 0, 5, ?, '', '', 'MANUAL', ?, ?, ?)""", batch);
            }
            // what autovacuum does on a live server after a bulk insert: statistics and the visibility map (index-only
            // scans of the term index)
            owner.execute("vacuum analyze claim, claim_term");
            System.out.printf("generated 100,000 claims (50%% Arabic) in %.1f s; claims %s, term index %s%n",
                    (System.nanoTime() - start) / 1e9,
                    owner.queryForObject("select pg_size_pretty(pg_total_relation_size('claim'))", String.class),
                    owner.queryForObject("select pg_size_pretty(pg_total_relation_size('claim_term'))", String.class));
            List<String> queries = new ArrayList<>();
            List<String> origins = new ArrayList<>();
            for (int i = 0; i < QUERIES; i++) {
                origins.add(statements.get(random.nextInt(statements.size())));
                queries.add(variant(origins.get(i), random));
            }
            NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(owner);
            var prepared = named.queryForMap(SimilarClaims.PREPARE, new MapSqlParameterSource("q", queries.get(0)));
            MapSqlParameterSource params = new MapSqlParameterSource("workspace", desk.workspaceId())
                    .addValue("t", prepared.get("t")).addValue("query", prepared.get("query"))
                    .addValue("terms", prepared.get("terms")).addValue("pool", SimilarClaims.POOL)
                    .addValue("exclude", -1L).addValue("candidates", 40).addValue("arabic", false);
            System.out.println("plan for: " + queries.get(0));
            named.queryForList("explain (analyze, costs off, summary on) " + SimilarClaims.SQL, params,
                    String.class).forEach(System.out::println);
            for (String q : queries.subList(0, 3)) {
                long t = System.nanoTime();
                users.as(member, () -> similar.match(q, 10));
                System.out.printf("warm-up %.1f ms%n", (System.nanoTime() - t) / 1e6);
            }
            // the same two statements as the table owner on one connection, without the service around them
            // (security, transaction, workspace scope, entity checks in Java): what the database itself takes
            var connection = new org.springframework.jdbc.datasource.SingleConnectionDataSource(
                    owner.getDataSource().getConnection(), true);
            NamedParameterJdbcTemplate alone = new NamedParameterJdbcTemplate(connection);
            // three rounds, each query through the service, then alone, then a one-letter match (the fixed cost),
            // interleaved so that whatever else runs on the machine weighs on all three alike
            int rounds = 3;
            double[] service = new double[rounds * queries.size()];
            double[] sql = new double[service.length];
            double[] fixed = new double[service.length];
            int first = 0;
            int listed = 0;
            users.signIn(member); // once, as a signed-in session is: a sign-in is not part of a match
            for (int round = 0; round < rounds; round++) {
                for (int i = 0; i < queries.size(); i++) {
                    String q = queries.get(i);
                    int k = round * queries.size() + i;
                    long t = System.nanoTime();
                    List<SimilarClaim> found = similar.match(q, 10);
                    service[k] = (System.nanoTime() - t) / 1e6;
                    if (round == 0) {
                        String origin = origins.get(i);
                        first += !found.isEmpty() && found.get(0).statement().equals(origin) ? 1 : 0;
                        listed += found.stream().anyMatch(c -> c.statement().equals(origin)) ? 1 : 0;
                    }
                    t = System.nanoTime();
                    var p = alone.queryForMap(SimilarClaims.PREPARE, new MapSqlParameterSource("q", q));
                    alone.queryForList(SimilarClaims.SQL, new MapSqlParameterSource(params.getValues())
                            .addValue("t", p.get("t")).addValue("query", p.get("query"))
                            .addValue("terms", p.get("terms")));
                    sql[k] = (System.nanoTime() - t) / 1e6;
                    t = System.nanoTime();
                    similar.match("x", 10);
                    fixed[k] = (System.nanoTime() - t) / 1e6;
                }
            }
            TestUsers.signOut();
            connection.destroy();
            System.out.printf("the claim a query was made from: first in %d of %d, among the 10 shown in %d%n", first,
                    queries.size(), listed);
            System.out.println("match query through the service as a member, " + service.length
                    + " queries, one thread: " + percentiles(service) + " (goal p95 <= 50 ms)");
            System.out.println("  the same statements alone, as the owner on one connection: " + percentiles(sql));
            System.out.println("  a match of one letter through the service (the fixed cost): " + percentiles(fixed));
            if (Boolean.getBoolean("hold")) {
                System.out.println("holding; database: " + owner.queryForObject(
                        "select 'port=' || current_setting('port') || ' dbname=' || current_database() || ' user=' || current_user", String.class));
                Files.writeString(Path.of("/tmp/similar-queries.txt"), String.join("\n", queries));
                Thread.sleep(Long.MAX_VALUE);
            }
        } finally {
            context.close();
        }
    }

    private static String percentiles(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return String.format("p50 %.1f ms, p95 %.1f ms, max %.1f ms", sorted[sorted.length / 2],
                sorted[(int) Math.ceil(0.95 * sorted.length) - 1], sorted[sorted.length - 1]);
    }

    /**
     * The words of each CheckThat! 2022 1A tweet (train and dev) of a language, links, mentions, {@code #} and
     * "RT" left out: the vocabulary and word frequencies of real claims.
     */
    private static List<List<String>> tweetWords(Path dir, String language) throws java.io.IOException {
        List<List<String>> tweets = new ArrayList<>();
        for (String split : List.of("train", "dev")) {
            List<String> lines = Files.readAllLines(dir.resolve("CT22_" + language + "_1A_checkworthy_" + split
                    + ".tsv"), StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] row = line.split("\t", -1);
                if (row.length < 4) {
                    continue;
                }
                List<String> words = Arrays.stream(row[3].replaceAll("https?://\\S+|@\\w+|\\bRT\\b", " ")
                        .replace("#", "").strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
                if (words.size() >= 6) {
                    tweets.add(words);
                }
            }
        }
        return tweets;
    }

    /**
     * A claim that reads like a tweet: a run of 8 to 30 words of a random tweet, each word replaced with
     * probability 0.15 by a word drawn from all tweets of the language (so by its real frequency), every number
     * by another number.
     */
    private static String fromTweet(Random r, List<List<String>> tweets, List<String> vocabulary) {
        List<String> words = tweets.get(r.nextInt(tweets.size()));
        int length = Math.min(words.size(), 8 + r.nextInt(23));
        int from = r.nextInt(words.size() - length + 1);
        StringBuilder out = new StringBuilder();
        for (String word : words.subList(from, from + length)) {
            String w = r.nextDouble() < 0.15 ? vocabulary.get(r.nextInt(vocabulary.size())) : word;
            if (w.chars().anyMatch(Character::isDigit)) {
                w = String.valueOf(1 + r.nextInt(r.nextBoolean() ? 100 : 100_000));
            }
            out.append(out.isEmpty() ? "" : " ").append(w);
        }
        return out.length() > 500 ? out.substring(0, 500) : out.toString();
    }

    private static String statement(Random r, boolean arabic) {
        int n = 1 + r.nextInt(99);
        int year = 2000 + r.nextInt(26);
        if (arabic) {
            return pick(r, AR_WHO) + " إن " + pick(r, AR_WHAT) + " في " + pick(r, AR_WHERE) + " " + pick(r, AR_VERB)
                    + " " + n + " في المئة عام " + year;
        }
        return pick(r, EN_WHO) + " said " + pick(r, EN_WHAT) + " in " + pick(r, EN_WHERE) + " " + pick(r, EN_VERB)
                + " " + n + " percent in " + year;
    }

    /** A paraphrase-like variant: a word dropped, the rest kept. */
    private static String variant(String statement, Random r) {
        String[] words = statement.split(" ");
        int drop = r.nextInt(words.length);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i != drop) {
                out.append(out.isEmpty() ? "" : " ").append(words[i]);
            }
        }
        return out.toString();
    }

    private static String pick(Random r, String[] words) {
        return words[r.nextInt(words.length)];
    }
}
