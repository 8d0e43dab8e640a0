package app.factdesk.discussion;

import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimService;
import app.factdesk.security.AccountService;
import app.factdesk.security.AccountSummary;
import app.factdesk.security.CurrentUser;
import app.factdesk.security.FactDeskUser;
import app.factdesk.shared.Auditable;
import app.factdesk.shared.UserFacingException;
import app.factdesk.workspace.MemberEntry;
import app.factdesk.workspace.WorkspaceService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on the claims of the current workspace. Every member may comment; authors may edit or delete their own
 * within {@link EditWindow#LENGTH}. Mentioned members ({@code @username}) are notified.
 */
@Service
public class CommentService {

    static final int MAX_LENGTH = 5000;

    private final CommentRepository comments;
    private final ClaimService claims;
    private final AccountService accounts;
    private final WorkspaceService workspaces;
    private final Notifier notifier;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CommentService(CommentRepository comments, ClaimService claims, AccountService accounts,
            WorkspaceService workspaces, Notifier notifier, CurrentUser currentUser, Clock clock,
            ApplicationEventPublisher events) {
        this.comments = comments;
        this.claims = claims;
        this.accounts = accounts;
        this.workspaces = workspaces;
        this.notifier = notifier;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** The comments of a claim, oldest first. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<CommentRow> ofClaim(long claimId) {
        List<Comment> all = comments.findByClaimIdAndWorkspaceIdOrderByCreatedAtAscIdAsc(claimId,
                currentUser.workspaceId());
        Map<Long, String> names = accounts.summaries(all.stream().map(Comment::getAuthorId).distinct().toList())
                .stream().collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName));
        long me = me().userId();
        Instant now = clock.instant();
        return all.stream().map(c -> new CommentRow(c.getId(), c.getClaimId(), c.getAuthorId(),
                names.get(c.getAuthorId()), c.getBody(), c.getCreatedAt(), c.getEditedAt(),
                c.getAuthorId() == me && EditWindow.isOpen(c.getCreatedAt(), now), c.getVersion())).toList();
    }

    /** Posts a plain-text comment (at most 5,000 characters) and notifies the members it mentions. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional
    public long add(long claimId, String body) {
        ClaimDetails claim = claims.find(claimId).orElseThrow(() -> new UserFacingException("claim.not-found"));
        requireValid(body);
        Comment comment = comments.save(new Comment(currentUser.workspaceId(), claim.id(), me().userId(), body,
                clock.instant()));
        notifyMentioned(claim, comment.getBody(), Set.of());
        events.publishEvent(new CommentChanged(currentUser.workspaceId(), "comment.added", comment.getId(), null,
                Auditable.fields("claimId", claim.id(), "body", comment.getBody())));
        return comment.getId();
    }

    /**
     * Replaces the text of one's own comment within the edit window, if it is still the version the author saw
     * (another tab may have saved it); newly mentioned members are notified.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional
    public void edit(long commentId, long expectedVersion, String body) {
        Comment comment = own(commentId);
        if (comment.getVersion() != expectedVersion) {
            throw new UserFacingException("comments.conflict");
        }
        requireValid(body);
        String previous = comment.getBody();
        Set<String> before = Mentions.usernames(previous);
        comment.edit(body, me().userId(), clock.instant());
        comments.flush();
        claims.find(comment.getClaimId()).ifPresent(claim -> notifyMentioned(claim, comment.getBody(), before));
        events.publishEvent(new CommentChanged(currentUser.workspaceId(), "comment.edited", commentId,
                Auditable.fields("body", previous), Auditable.fields("body", comment.getBody())));
    }

    /** Deletes one's own comment within the edit window. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional
    public void delete(long commentId) {
        Comment comment = own(commentId);
        comment.requireChangeableBy(me().userId(), clock.instant());
        comments.delete(comment);
        comments.flush();
        events.publishEvent(new CommentChanged(currentUser.workspaceId(), "comment.deleted", commentId,
                Auditable.fields("claimId", comment.getClaimId(), "body", comment.getBody()), null));
    }

    private Comment own(long commentId) {
        return comments.findByIdAndWorkspaceId(commentId, currentUser.workspaceId())
                .orElseThrow(() -> new UserFacingException("comment.not-found"));
    }

    private static void requireValid(String body) {
        if (body == null || body.isBlank()) {
            throw new UserFacingException("comment.empty");
        }
        if (body.strip().length() > MAX_LENGTH) {
            throw new UserFacingException("comment.too-long", MAX_LENGTH);
        }
    }

    private void notifyMentioned(ClaimDetails claim, String body, Set<String> alreadyNotified) {
        Set<String> mentioned = Mentions.usernames(body);
        mentioned.removeAll(alreadyNotified);
        if (mentioned.isEmpty()) {
            return;
        }
        FactDeskUser me = me();
        Map<String, MemberEntry> members = workspaces.memberDirectory().stream()
                .collect(Collectors.toMap(MemberEntry::username, Function.identity()));
        String excerpt = body.length() > 200 ? body.substring(0, 200) + "…" : body;
        mentioned.stream().map(members::get).filter(m -> m != null && m.userId() != me.userId())
                .forEach(m -> notifier.send(currentUser.workspaceId(), m.userId(), NotificationType.MENTION,
                        List.of(me.displayName(), excerpt), claim.id(), claim.articleId()));
    }

    private FactDeskUser me() {
        return currentUser.require();
    }
}
