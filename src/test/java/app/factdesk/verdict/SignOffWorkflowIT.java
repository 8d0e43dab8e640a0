package app.factdesk.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.factdesk.AuditTrail;
import app.factdesk.IntegrationTest;
import app.factdesk.OwnerDatabase;
import app.factdesk.TestUsers;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.ClaimState;
import app.factdesk.shared.UserFacingException;
import app.factdesk.shared.live.ChangeFeed;
import app.factdesk.shared.live.ChangeNotice;
import com.vaadin.flow.shared.Registration;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sign-off workflow as its one owner runs it (ADR 009): claim and verdict move together, the audit log names
 * each step in the past tense, a correction refreshes the review queue like a first verdict, and the schema refuses
 * what the rules forbid even past the services.
 */
@IntegrationTest
class SignOffWorkflowIT {

    @Autowired
    VerdictDesk desks;
    @Autowired
    VerdictService verdicts;
    @Autowired
    RatingScaleService ratings;
    @Autowired
    ClaimService claims;
    @Autowired
    TestUsers users;
    @Autowired
    AuditTrail audit;
    @Autowired
    ChangeFeed changes;
    @Autowired
    OwnerDatabase owner;

    private VerdictDesk.Desk desk;

    @BeforeEach
    void freshDesk() {
        desk = desks.create();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private long propose(String username) {
        return users.as(username, () -> verdicts.propose(new ProposeVerdict(desk.claimId(),
                ratings.activeLabels().get(0).id(), "The readout says so.", List.of(desks.addSource(desk.claimId()))))
                .id());
    }

    private ClaimState claimState() {
        return users.as(desk.checker(), () -> claims.find(desk.claimId()).orElseThrow().state());
    }

    private long publishedVerdict() {
        long verdict = propose(desk.checker());
        users.as(desk.editor(), () -> verdicts.approve(verdict));
        users.as(desk.editor(), () -> verdicts.publish(verdict, null));
        return verdict;
    }

    @Test
    void each_step_is_audited_under_its_past_tense_name() {
        long workspace = desk.other().workspaceId();
        List<String> actions = audit.during(workspace, this::publishedVerdict).stream()
                .map(AuditTrail.Recorded::action).toList();
        assertThat(actions).contains("claim.verdict_proposed", "verdict.proposed", "claim.verdict_approved",
                "verdict.approved", "claim.published", "verdict.published");
        assertThat(actions).noneMatch(action -> action.endsWith("verdicted") || action.endsWith("ationed"));
    }

    @Test
    void a_correction_is_announced_to_the_review_queue_like_a_first_verdict() {
        publishedVerdict();
        List<ChangeNotice> seen = new CopyOnWriteArrayList<>();
        Registration subscription = changes.subscribe(desk.other().workspaceId(), seen::add);
        try {
            long correction = propose(desk.checker());
            await().atMost(Duration.ofSeconds(5)).until(() -> seen.stream()
                    .anyMatch(n -> n.type().equals("verdict") && n.id() == correction));
            assertThat(claimState()).as("a correction leaves the claim published until it is published")
                    .isEqualTo(ClaimState.PUBLISHED);
            assertThat(users.as(desk.editor(), () -> verdicts.awaitingSignOff())).extracting(VerdictRow::id)
                    .containsExactly(correction);
        } finally {
            subscription.remove();
        }
    }

    @Test
    void a_published_correction_supersedes_and_the_claim_is_corrected() {
        long first = publishedVerdict();
        long correction = propose(desk.checker());
        users.as(desk.secondEditor(), () -> verdicts.approve(correction));
        assertThatThrownBy(() -> users.as(desk.editor(), () -> verdicts.publish(correction, " ")))
                .hasMessage("verdict.correction-note-required");
        users.as(desk.editor(), () -> verdicts.publish(correction, "A newer transcript"));
        assertThat(claimState()).isEqualTo(ClaimState.CORRECTED);
        assertThat(users.as(desk.checker(), () -> verdicts.ofClaim(desk.claimId()))).extracting(VerdictRow::id,
                VerdictRow::status).containsExactly(org.assertj.core.groups.Tuple.tuple(correction,
                        VerdictStatus.PUBLISHED), org.assertj.core.groups.Tuple.tuple(first, VerdictStatus.SUPERSEDED));
    }

    @Test
    void nothing_publishes_a_claim_that_has_no_approved_verdict() {
        long proposed = propose(desk.checker());
        assertThatThrownBy(() -> users.as(desk.editor(), () -> verdicts.publish(proposed, null)))
                .isInstanceOf(UserFacingException.class).hasMessage("verdict.not-approved");
        assertThatThrownBy(() -> users.as(desk.editor(), () -> verdicts.publish(proposed + 100_000, null)))
                .hasMessage("verdict.not-found");
        assertThat(claimState()).isEqualTo(ClaimState.VERDICT_PROPOSED);
    }

    @Test
    void the_schema_refuses_what_the_workflow_forbids_even_past_the_services() {
        long first = publishedVerdict();
        long correction = propose(desk.checker());
        long proposer = owner.jdbc().queryForObject("select proposed_by from verdict where id = ?", Long.class, first);
        assertRefused("23514", "update claim set state = 'SIGNED' where id = " + desk.claimId());
        assertRefused("23505", "update verdict set status = 'PUBLISHED', published_at = now() where id = "
                + correction);
        assertRefused("23514", "update verdict set approvals_required = 9 where id = " + correction);
        assertRefused("23514", "insert into sign_off (workspace_id, verdict_id, editor_id, decision, decided_at) "
                + "values (" + desk.other().workspaceId() + ", " + correction + ", " + proposer
                + ", 'APPROVE', now())");
        assertRefused("23514", "update verdict set published_at = null where id = " + first);
        assertRefused("23505", "insert into rating_label (workspace_id, position, label_en, label_ar, colour) "
                + "select workspace_id, 99, upper(label_en), 'x', '#000000' from rating_label where workspace_id = "
                + desk.other().workspaceId() + " limit 1");
    }

    @Test
    void a_rating_label_name_used_twice_gets_a_message() {
        users.signIn(desk.admin());
        RatingLabelRow existing = ratings.scale().get(0);
        assertThatThrownBy(() -> ratings.add(new RatingLabelFields(existing.labelEn().toUpperCase(), "جديد", null,
                "#123456", null))).isInstanceOf(UserFacingException.class).hasMessage("rating.duplicate-label");
    }

    private void assertRefused(String sqlState, String sql) {
        assertThatThrownBy(() -> owner.rolledBack(jdbc -> jdbc.execute(sql))).as(sql)
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo(sqlState));
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
