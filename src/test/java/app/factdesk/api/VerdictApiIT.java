package app.factdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.verdict.ProposeVerdict;
import app.factdesk.verdict.RatingScaleService;
import app.factdesk.verdict.VerdictDesk;
import app.factdesk.verdict.VerdictService;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

@IntegrationTest
class VerdictApiIT {

    @Autowired
    ApiClient api;
    @Autowired
    VerdictDesk desks;
    @Autowired
    VerdictService verdicts;
    @Autowired
    RatingScaleService ratings;
    @Autowired
    TestUsers users;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private long propose(VerdictDesk.Desk desk, String proposer) {
        return users.as(proposer, () -> verdicts.propose(new ProposeVerdict(desk.claimId(),
                ratings.activeLabels().get(0).id(), "Readout confirms it.",
                List.of(desks.addSource(desk.claimId()))))).id();
    }

    private JsonNode json(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return api.read(response);
    }

    @Test
    void the_proposer_approving_through_the_api_is_refused() throws Exception {
        VerdictDesk.Desk desk = desks.create();
        long verdictId = propose(desk, desk.editor());
        String token = api.tokenOf(desk.editor());

        JsonNode refused = json(api.post(token, "/api/v1/verdicts/" + verdictId + "/approvals", Map.of()), 422);
        assertThat(refused.path("error").asText()).isEqualTo("verdict.own-verdict");
        JsonNode list = json(api.get(token, "/api/v1/claims/" + desk.claimId() + "/verdicts"), 200);
        assertThat(list.path("items").get(0).path("status").asText()).isEqualTo("PROPOSED");
        assertThat(list.path("items").get(0).path("signOffs")).isEmpty();
    }

    @Test
    void another_editor_approves_through_the_api() throws Exception {
        VerdictDesk.Desk desk = desks.create();
        long verdictId = propose(desk, desk.checker());
        String token = api.tokenOf(desk.editor());

        JsonNode approved = json(api.post(token, "/api/v1/verdicts/" + verdictId + "/approvals", Map.of()), 200);
        assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.path("rating").asText()).isEqualTo("True");
        assertThat(approved.path("ratingValue").asInt()).isEqualTo(6);
    }

    @Test
    void a_checker_cannot_approve_and_another_workspace_sees_nothing() throws Exception {
        VerdictDesk.Desk desk = desks.create();
        long verdictId = propose(desk, desk.checker());
        json(api.post(api.tokenOf(desk.checker()), "/api/v1/verdicts/" + verdictId + "/approvals", Map.of()), 403);
        String outsider = api.tokenOf(TestUsers.EDITOR);
        json(api.get(outsider, "/api/v1/claims/" + desk.claimId() + "/verdicts"), 404);
        json(api.post(outsider, "/api/v1/verdicts/" + verdictId + "/approvals", Map.of()), 404);
    }
}
