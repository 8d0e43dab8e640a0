package app.factdesk.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.claim.ClaimDetails;
import app.factdesk.shared.UserFacingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class CommentServiceIT {

    @Autowired
    TestUsers users;
    @Autowired
    DiscussionFixture fixture;
    @Autowired
    CommentService comments;
    @Autowired
    NotificationService notifications;
    @Autowired
    app.factdesk.OwnerDatabase ownerDatabase;

    private DiscussionFixture.Desk desk;
    private ClaimDetails claim;

    @BeforeEach
    void deskWithAClaim() {
        desk = fixture.desk();
        claim = fixture.claim(desk);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private void postedMinutesAgo(long commentId, int minutes) {
        ownerDatabase.jdbc().update("update claim_comment set created_at = now() - make_interval(mins => ?) where id = ?", minutes,
                commentId);
    }

    @Test
    void a_viewer_comments_and_the_text_is_kept_as_written() {
        users.signIn(desk.viewer());
        long id = comments.add(claim.id(), "  <b>Peskov</b> said this on 13 October, قال بيسكوف  ");
        assertThat(comments.ofClaim(claim.id())).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(id);
            assertThat(c.body()).isEqualTo("<b>Peskov</b> said this on 13 October, قال بيسكوف");
            assertThat(c.authorName()).isEqualTo("Vera Viewer");
            assertThat(c.changeable()).isTrue();
        });
    }

    @Test
    void a_comment_has_at_most_five_thousand_characters() {
        users.signIn(desk.checker());
        assertThatThrownBy(() -> comments.add(claim.id(), "ب".repeat(5001)))
                .isInstanceOf(UserFacingException.class).hasMessage("comment.too-long");
        assertThatThrownBy(() -> comments.add(claim.id(), "   ")).hasMessage("comment.empty");
        comments.add(claim.id(), "ب".repeat(5000));
        assertThat(comments.ofClaim(claim.id())).hasSize(1);
    }

    @Test
    void the_author_edits_and_deletes_within_fifteen_minutes_but_not_later() {
        users.signIn(desk.checker());
        long recent = comments.add(claim.id(), "first draft");
        long old = comments.add(claim.id(), "posted a while ago");
        postedMinutesAgo(recent, 14);
        postedMinutesAgo(old, 16);
        comments.edit(recent, versionOf(recent), "second draft");
        assertThatThrownBy(() -> comments.edit(old, versionOf(old), "too late")).isInstanceOf(UserFacingException.class)
                .hasMessage("comment.edit-window-closed");
        assertThatThrownBy(() -> comments.delete(old)).hasMessage("comment.edit-window-closed");
        assertThat(comments.ofClaim(claim.id())).extracting(CommentRow::body, CommentRow::changeable)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("second draft", true),
                        org.assertj.core.groups.Tuple.tuple("posted a while ago", false));
        comments.delete(recent);
        assertThat(comments.ofClaim(claim.id())).extracting(CommentRow::id).containsExactly(old);
    }

    @Test
    void nobody_else_edits_or_deletes_a_comment() {
        users.signIn(desk.checker());
        long id = comments.add(claim.id(), "mine");
        users.signIn(desk.editor());
        assertThatThrownBy(() -> comments.edit(id, versionOf(id), "theirs")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> comments.delete(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_mention_notifies_the_member_once_and_unknown_names_are_ignored() {
        users.signIn(desk.checker());
        long id = comments.add(claim.id(), "يا @" + desk.otherChecker() + "، هل وجدت النص؟ @nobody-here @"
                + desk.checker());
        comments.edit(id, versionOf(id), "@" + desk.otherChecker() + " please look again");
        users.signIn(desk.otherChecker());
        assertThat(notifications.latest(10)).singleElement().satisfies(n -> {
            assertThat(n.type()).isEqualTo(NotificationType.MENTION);
            assertThat(n.params().get(0)).isEqualTo("Fatima Checker");
            assertThat(n.claimId()).isEqualTo(claim.id());
            assertThat(n.articleId()).isEqualTo(desk.articleId());
        });
        users.signIn(desk.checker());
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    void a_member_of_another_desk_reads_and_writes_nothing_here() {
        users.signIn(desk.checker());
        long id = comments.add(claim.id(), "desk B only");
        users.signIn(TestUsers.ADMIN);
        assertThat(comments.ofClaim(claim.id())).isEmpty();
        assertThatThrownBy(() -> comments.add(claim.id(), "hello")).hasMessage("claim.not-found");
        assertThatThrownBy(() -> comments.delete(id)).hasMessage("comment.not-found");
    }

    @Test
    void an_edit_from_a_stale_page_is_refused_and_keeps_the_newer_text() {
        users.signIn(desk.viewer());
        long id = comments.add(claim.id(), "first draft");
        long seen = versionOf(id);
        comments.edit(id, seen, "second draft from another tab");
        assertThatThrownBy(() -> comments.edit(id, seen, "third draft from the stale tab"))
                .isInstanceOf(UserFacingException.class).hasMessage("comments.conflict");
        assertThat(comments.ofClaim(claim.id())).extracting(CommentRow::body)
                .containsExactly("second draft from another tab");
    }

    /** The comment's version as its author's page would hold it now. */
    private long versionOf(long commentId) {
        return ownerDatabase.jdbc().queryForObject("select version from claim_comment where id = ?", Long.class, commentId);
    }
}
