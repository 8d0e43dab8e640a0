package app.factdesk.claim;

import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.security.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The similar-claims evaluation set ({@code src/test/resources/similar/}): 92 claims (Arabic and English, with hard
 * negatives that differ in a number or a name) and 100 queries naming the claim they mean. {@link #build} puts the
 * claims into a fresh workspace through the public services: one article holding every statement, one claim each.
 */
public final class SimilarityEvaluationSet {

    public record Pair(String language, String query, String expected) {
    }

    public record Built(TwoWorkspaces.Other desk, String checker, Map<String, Long> claimIds) {
    }

    private SimilarityEvaluationSet() {
    }

    public static Map<String, String> claims() {
        Map<String, String> claims = new LinkedHashMap<>();
        rows("/similar/claims.tsv").forEach(r -> claims.put(r[0], r[2]));
        return claims;
    }

    public static List<Pair> pairs() {
        return rows("/similar/pairs.tsv").stream().map(r -> new Pair(r[0], r[1], r[2])).toList();
    }

    public static Built build(TwoWorkspaces fixtures, TestUsers users, ClaimService service) {
        TwoWorkspaces.Other desk = fixtures.createOther();
        Map<String, String> claims = claims();
        String body = String.join("\n\n", claims.values());
        long articleId = fixtures.importIn(desk, "Evaluation claims", body, "en");
        String checker = fixtures.addMember(desk, Role.FACT_CHECKER, "Eval Checker");
        users.signIn(checker);
        Map<String, Long> ids = new LinkedHashMap<>();
        int offset = 0;
        for (Map.Entry<String, String> claim : claims.entrySet()) {
            String text = claim.getValue();
            int start = body.indexOf(text, offset);
            offset = start + text.length();
            ids.put(claim.getKey(), service.create(new CreateClaim(articleId, start, offset, text,
                    new ClaimFields(text, null, null, null, List.of()), null)).id());
        }
        TestUsers.signOut();
        return new Built(desk, checker, ids);
    }

    private static List<String[]> rows(String resource) {
        try (InputStream in = SimilarityEvaluationSet.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
                    .peek(r -> {
                        if (r.length != 3) {
                            throw new IllegalStateException("bad row " + Arrays.toString(r));
                        }
                    }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
