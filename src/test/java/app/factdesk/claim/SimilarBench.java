package app.factdesk.claim;

import app.factdesk.FactDeskApplication;
import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.security.Role;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Similar-claims latency on the embedded PostgreSQL: fills one workspace with 100,000 generated claims (half Arabic,
 * half English, fixed seed), then times 60 match queries (-Dqueries=N) (paraphrase-like variants of stored claims) through
 * {@link SimilarClaims} as a member of the workspace, and prints p50/p95/max and the query plan. Run by
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

    public static void main(String[] args) {
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
            List<String> statements = new ArrayList<>();
            for (int i = 0; i < 100_000; i++) {
                statements.add(statement(random, i % 2 == 0));
            }
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
            owner.execute("analyze claim");
            System.out.printf("generated 100,000 claims (50%% Arabic) in %.1f s%n", (System.nanoTime() - start) / 1e9);
            List<String> queries = new ArrayList<>();
            for (int i = 0; i < QUERIES; i++) {
                queries.add(variant(statements.get(random.nextInt(statements.size())), random));
            }
            NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(owner);
            var prepared = named.queryForMap(SimilarClaims.PREPARE, new MapSqlParameterSource("q", queries.get(0)));
            MapSqlParameterSource params = new MapSqlParameterSource("workspace", desk.workspaceId())
                    .addValue("t", prepared.get("t")).addValue("query", prepared.get("query"))
                    .addValue("exclude", -1L).addValue("candidates", 40).addValue("arabic", false);
            System.out.println("plan for: " + queries.get(0));
            named.queryForList("explain (analyze, costs off, summary on) " + SimilarClaims.SQL, params,
                    String.class).forEach(System.out::println);
            for (String q : queries.subList(0, 3)) {
                long t = System.nanoTime();
                users.as(member, () -> similar.match(q, 10));
                System.out.printf("warm-up %.1f ms%n", (System.nanoTime() - t) / 1e6);
            }
            double[] millis = new double[queries.size()];
            for (int i = 0; i < queries.size(); i++) {
                String q = queries.get(i);
                long t = System.nanoTime();
                users.as(member, () -> similar.match(q, 10));
                millis[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(millis);
            System.out.printf("match query, %d queries, one thread: p50 %.1f ms, p95 %.1f ms, max %.1f ms "
                    + "(goal p95 <= 50 ms)%n", millis.length, millis[millis.length / 2], millis[(int) Math.ceil(0.95 * millis.length) - 1],
                    millis[millis.length - 1]);
        } finally {
            context.close();
        }
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
