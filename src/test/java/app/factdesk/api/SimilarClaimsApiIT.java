package app.factdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.SimilarityEvaluationSet;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class SimilarClaimsApiIT {

    @Autowired
    ApiClient api;
    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    ClaimService claims;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void matches_a_text_and_a_claim_with_a_token_and_refuses_without_one() throws Exception {
        SimilarityEvaluationSet.Built built = SimilarityEvaluationSet.build(fixtures, users, claims);
        String token = api.tokenOf(built.checker());

        JsonNode matches = api.read(api.post(token, "/api/v1/claim-matches",
                Map.of("text", "Egyptian inflation hit 32% in March 2023", "limit", 3)));
        assertThat(matches.path("items").size()).isBetween(1, 3);
        assertThat(matches.path("items").get(0).path("claimId").asLong()).isEqualTo(built.claimIds().get("e7"));
        assertThat(matches.path("items").get(0).path("state").asText()).isEqualTo("DRAFT");
        assertThat(matches.path("items").get(0).path("score").asDouble()).isBetween(0.0, 1.0);

        long claim = built.claimIds().get("e3");
        JsonNode similar = api.read(api.get(token, "/api/v1/claims/" + claim + "/similar"));
        assertThat(similar.path("items").get(0).path("claimId").asLong()).isEqualTo(built.claimIds().get("e3-x"));
        assertThat(similar.path("items").get(0).path("namesDiffer").asBoolean()).isTrue();

        assertThat(api.post(null, "/api/v1/claim-matches", Map.of("text", "x")).getStatus()).isEqualTo(401);
        JsonNode tooLong = api.read(api.post(token, "/api/v1/claim-matches", Map.of("text", "a".repeat(2001))));
        assertThat(tooLong.path("status").asInt()).isEqualTo(400);
        assertThat(tooLong.path("fields").get(0).path("error").asText()).isEqualTo("api.matches.text-too-long");
        assertThat(api.get(token, "/api/v1/claims/999999999/similar").getStatus()).isEqualTo(404);
    }

    @Test
    void links_two_claims_as_the_same_claim_both_ways_and_removes_the_link() throws Exception {
        SimilarityEvaluationSet.Built built = SimilarityEvaluationSet.build(fixtures, users, claims);
        String token = api.tokenOf(built.checker());
        long a = built.claimIds().get("e3");
        long b = built.claimIds().get("e7");

        JsonNode linked = api.read(api.post(token, "/api/v1/claims/" + a + "/links", Map.of("claimId", b)));
        assertThat(linked.path("items")).hasSize(1);
        assertThat(linked.path("items").get(0).path("claimId").asLong()).isEqualTo(b);
        JsonNode fromOther = api.read(api.get(token, "/api/v1/claims/" + b + "/links"));
        assertThat(fromOther.path("items").get(0).path("claimId").asLong()).isEqualTo(a);
        assertThat(api.read(api.post(token, "/api/v1/claims/" + b + "/links", Map.of("claimId", a)))
                .path("items")).as("linking again changes nothing").hasSize(1);

        assertThat(api.post(token, "/api/v1/claims/" + a + "/links", Map.of("claimId", a)).getStatus())
                .isEqualTo(422);
        assertThat(api.post(token, "/api/v1/claims/" + a + "/links", Map.of("claimId", 999_999_999L)).getStatus())
                .isEqualTo(404);
        assertThat(api.post(token, "/api/v1/claims/" + a + "/links", Map.of()).getStatus()).isEqualTo(400);

        assertThat(api.read(api.delete(token, "/api/v1/claims/" + b + "/links/" + a)).path("items")).isEmpty();
        assertThat(api.read(api.get(token, "/api/v1/claims/" + a + "/links")).path("items")).isEmpty();
    }
}
