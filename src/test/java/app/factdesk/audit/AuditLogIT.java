package app.factdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.Priority;
import app.factdesk.security.CurrentUser;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class AuditLogIT {

    @Autowired
    AuditDesk desks;
    @Autowired
    TestUsers users;
    @Autowired
    ClaimService claims;
    @Autowired
    AuditService audit;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    app.factdesk.OwnerDatabase ownerDatabase;

    private AuditDesk.Desk desk;

    @BeforeEach
    void deskWithAnEditor() {
        desk = desks.create();
        users.signIn(desk.editor());
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private AuditRow only(String action, long objectId) {
        List<AuditRow> rows = audit.page(new AuditFilter(null, action, "claim", Long.toString(objectId), null, null),
                0, 10);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @Test
    void creating_editing_rejecting_and_restoring_a_claim_each_leave_one_event_with_what_changed() {
        ClaimDetails created = desks.claim(desk, "Moscow and Washington agreed on new contacts");
        ClaimDetails edited = claims.edit(created.id(), created.version(), new ClaimFields(
                "Moscow and Washington agreed on further contacts", "دميتري بيسكوف", null, Priority.HIGH,
                List.of("kremlin")));
        ClaimDetails rejected = claims.reject(created.id(), edited.version(), "opinion, not a fact");
        claims.restore(created.id(), rejected.version());

        AuditRow creation = only("claim.created", created.id());
        assertThat(creation.actorName()).isEqualTo(desk.editor());
        assertThat(creation.channel()).isEqualTo("UI");
        assertThat(creation.after()).contains("\"state\": \"DRAFT\"").contains(AuditDesk.QUOTE);
        assertThat(creation.before()).isNull();

        AuditRow edit = only("claim.edited", created.id());
        assertThat(edit.before()).contains("new contacts").doesNotContain("claimant");
        assertThat(edit.after()).contains("further contacts").doesNotContain("claimant");

        assertThat(only("claim.rejected", created.id()).after()).contains("REJECTED").contains("opinion, not a fact");
        assertThat(only("claim.restored", created.id()).before()).contains("REJECTED");
        assertThat(only("claim.restored", created.id()).after()).contains("DRAFT");

        ChainVerification chain = audit.verifyChain();
        assertThat(chain.ok()).isTrue();
        assertThat(chain.count()).isEqualTo(desks.events(desk.workspaceId()));
        assertThat(chain.headHash()).matches("[0-9a-f]{64}");
    }

    @Test
    void imports_by_the_system_are_recorded_on_the_system_channel() {
        List<AuditRow> imports = audit.page(new AuditFilter(null, "article.imported", null, null, null, null), 0, 10);
        assertThat(imports).hasSize(2).allSatisfy(row -> {
            assertThat(row.channel()).isEqualTo("SYSTEM");
            assertThat(row.actorName()).isEqualTo("system");
            assertThat(row.after()).contains("bodySha256");
        });
        assertThat(imports.get(0).seq()).isGreaterThan(imports.get(1).seq());
    }

    @Test
    void filters_narrow_by_member_action_object_and_day() {
        ClaimDetails first = desks.claim(desk, "first");
        desks.claim(desk, "second");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(audit.count(new AuditFilter(desk.editor().toUpperCase(), null, null, null, null, null)))
                .isEqualTo(2);
        assertThat(audit.count(new AuditFilter(null, "claim.", null, null, null, null))).isEqualTo(2);
        assertThat(audit.count(new AuditFilter(null, null, "claim", Long.toString(first.id()), null, null)))
                .isEqualTo(1);
        assertThat(audit.count(new AuditFilter(null, null, null, null, today, today)))
                .isEqualTo(desks.events(desk.workspaceId()));
        assertThat(audit.count(new AuditFilter(null, null, null, null, today.minusDays(3), today.minusDays(1))))
                .isZero();
        assertThat(audit.page(AuditFilter.NONE, 1, 2)).extracting(AuditRow::seq).containsExactly(3L, 2L);
    }

    @Test
    void an_editor_of_desk_b_sees_none_of_the_demo_desks_events() {
        users.signIn(TestUsers.EDITOR);
        long demoDesk = currentUser.workspaceId();
        Set<Long> demoIds = audit.page(AuditFilter.NONE, 0, 500).stream().map(AuditRow::id)
                .collect(Collectors.toSet());
        assertThat(demoIds).isNotEmpty();
        assertThat(desks.events(demoDesk)).isPositive();

        users.signIn(desk.editor());
        List<AuditRow> mine = audit.page(AuditFilter.NONE, 0, 500);
        assertThat(mine).hasSize((int) desks.events(desk.workspaceId()));
        assertThat(mine).extracting(AuditRow::id).doesNotContainAnyElementsOf(demoIds);
        assertThat(audit.count(new AuditFilter(TestUsers.ADMIN, null, null, null, null, null))).isZero();
    }

    @Test
    void viewers_and_checkers_may_not_read_or_verify_the_log() {
        for (String username : List.of(TestUsers.VIEWER, TestUsers.CHECKER)) {
            users.signIn(username);
            assertThatThrownBy(() -> audit.page(AuditFilter.NONE, 0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.count(AuditFilter.NONE)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.verifyChain()).isInstanceOf(AccessDeniedException.class);
        }
        users.signIn(TestUsers.ADMIN);
        assertThat(audit.verifyChain().ok()).isTrue();
    }
}
