package app.factdesk.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.factdesk.AuditTrail;
import app.factdesk.AuditTrail.Recorded;
import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.audit.AuditService;
import app.factdesk.claim.ClaimDetails;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class CommentAuditIT {

    @org.springframework.beans.factory.annotation.Autowired
    app.factdesk.OwnerDatabase ownerDatabase;

    @Autowired
    TestUsers users;
    @Autowired
    DiscussionFixture fixture;
    @Autowired
    CommentService comments;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditService audit;

    private DiscussionFixture.Desk desk;
    private ClaimDetails claim;
    private long workspaceId;

    @BeforeEach
    void deskWithAClaimAndTheCheckerSignedIn() {
        desk = fixture.desk();
        workspaceId = desk.desk().workspaceId();
        claim = fixture.claim(desk);
    }

    @AfterEach
    void chainStillVerifies() {
        users.signIn(desk.editor());
        assertThat(audit.verifyChain().ok()).isTrue();
        TestUsers.signOut();
    }

    private long post(String body) {
        AtomicLong id = new AtomicLong();
        trail.during(workspaceId, () -> id.set(comments.add(claim.id(), body)));
        return id.get();
    }

    @Test
    void posting_a_comment_records_comment_added_with_its_claim_and_body() {
        AtomicLong id = new AtomicLong();
        Recorded added = trail.one(workspaceId, "comment", () -> id.set(comments.add(claim.id(), " Source? ")));
        assertThat(added.action()).isEqualTo("comment.added");
        assertThat(added.objectId()).isEqualTo(Long.toString(id.get()));
        assertThat(added.actorName()).isEqualTo(desk.checker());
        assertThat(added.before()).isNull();
        assertThat(added.after()).isEqualTo(Map.of("claimId", claim.id(), "body", "Source?"));
    }

    @Test
    void editing_a_comment_records_the_body_before_and_after() {
        long id = post("First draft");
        Recorded edited = trail.one(workspaceId, "comment", () -> comments.edit(id, versionOf(id), "Second draft"));
        assertThat(edited.action()).isEqualTo("comment.edited");
        assertThat(edited.objectId()).isEqualTo(Long.toString(id));
        assertThat(edited.before()).isEqualTo(Map.of("body", "First draft"));
        assertThat(edited.after()).isEqualTo(Map.of("body", "Second draft"));
    }

    @Test
    void deleting_a_comment_records_what_was_deleted() {
        long id = post("Wrong claim, sorry");
        Recorded deleted = trail.one(workspaceId, "comment", () -> comments.delete(id));
        assertThat(deleted.action()).isEqualTo("comment.deleted");
        assertThat(deleted.objectId()).isEqualTo(Long.toString(id));
        assertThat(deleted.before()).containsEntry("body", "Wrong claim, sorry").containsEntry("claimId", claim.id());
        assertThat(deleted.after()).isNull();
    }

    @Test
    void a_refused_edit_or_delete_leaves_no_event() {
        long id = post("Mine");
        users.signIn(desk.otherChecker());
        assertThat(trail.during(workspaceId, () -> {
            assertThatThrownBy(() -> comments.edit(id, versionOf(id), "Not mine")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> comments.delete(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> comments.add(claim.id(), " ")).hasMessage("comment.empty");
        })).isEmpty();
    }

    /** The comment's version as its author's page would hold it now. */
    private long versionOf(long commentId) {
        return ownerDatabase.jdbc().queryForObject("select version from claim_comment where id = ?", Long.class, commentId);
    }
}
