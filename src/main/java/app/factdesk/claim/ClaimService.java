package app.factdesk.claim;

import app.factdesk.article.ArticleDetails;
import app.factdesk.article.ArticleService;
import app.factdesk.security.AccountService;
import app.factdesk.security.AccountSummary;
import app.factdesk.security.CurrentUser;
import app.factdesk.security.FactDeskUser;
import app.factdesk.shared.Auditable;
import app.factdesk.shared.FieldChanges;
import app.factdesk.shared.UserFacingException;
import app.factdesk.shared.live.ChangeFeed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Claims of the current workspace: creation from a selection, edits with conflict detection, reject and restore. */
@Service
@Validated
public class ClaimService {

    private final ClaimRepository claims;
    private final ArticleService articles;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ChangeFeed changes;

    ClaimService(ClaimRepository claims, ArticleService articles, AccountService accounts, CurrentUser currentUser,
            Clock clock, ApplicationEventPublisher events, ChangeFeed changes) {
        this.claims = claims;
        this.articles = articles;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
        this.changes = changes;
    }

    /** Creates a {@code DRAFT} claim (the selection must match the stored body exactly); publishes {@link ClaimCreated}. */
    @PreAuthorize("hasRole('FACT_CHECKER')")
    @Transactional
    public ClaimDetails create(@Valid CreateClaim command) {
        ArticleDetails article = articles.find(command.articleId())
                .orElseThrow(() -> new UserFacingException("article.not-found"));
        Anchor anchor = Anchor.verify(article.body(), command.start(), command.end(), command.exact());
        Claim claim = new Claim(currentUser.workspaceId(), article.id(), anchor, command.fields(),
                command.suggestionScore(), userId(), clock.instant());
        Claim saved = claims.saveAndFlush(claim);
        Map<String, Object> initial = new LinkedHashMap<>(saved.auditFields());
        initial.putAll(saved.auditState());
        initial.put("articleId", article.id());
        initial.put("anchor",
                Auditable.fields("start", anchor.start(), "end", anchor.end(), "exact", anchor.exact()));
        events.publishEvent(new ClaimCreated(saved.getWorkspaceId(), saved.getId(), article.id(), userId(), initial));
        return announced(saved.toDetails());
    }

    /** Saves the team's fields if nobody else saved the claim since {@code expectedVersion}. */
    @PreAuthorize("hasRole('FACT_CHECKER')")
    @Transactional
    public ClaimDetails edit(long claimId, long expectedVersion, @Valid ClaimFields fields) {
        Claim claim = current(claimId, expectedVersion);
        Map<String, Object> before = claim.auditFields();
        claim.edit(fields, userId(), clock.instant());
        ClaimDetails saved = flush(claim);
        FieldChanges changes = FieldChanges.between(before, claim.auditFields());
        events.publishEvent(new ClaimEdited(claim.getWorkspaceId(), claimId, changes.before(), changes.after()));
        return saved;
    }

    /** {@code DRAFT → REJECTED}: not worth checking, with the reason. */
    @PreAuthorize("hasRole('FACT_CHECKER')")
    @Transactional
    public ClaimDetails reject(long claimId, long expectedVersion, @NotBlank @Size(max = 1000) String reason) {
        return move(claimId, expectedVersion, ClaimAction.REJECT, reason);
    }

    /** {@code REJECTED → DRAFT}. */
    @PreAuthorize("hasRole('FACT_CHECKER')")
    @Transactional
    public ClaimDetails restore(long claimId, long expectedVersion) {
        return move(claimId, expectedVersion, ClaimAction.RESTORE, null);
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Optional<ClaimDetails> find(long claimId) {
        return claims.findByIdAndWorkspaceId(claimId, currentUser.workspaceId()).map(Claim::toDetails);
    }

    /** The claims of one article, in the order they appear in the text. */
    /** The claims of the current workspace among {@code claimIds}, by id, in one query (lists, queues). */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public java.util.Map<Long, ClaimDetails> findAll(java.util.Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return java.util.Map.of();
        }
        return claims.findByIdInAndWorkspaceId(java.util.Set.copyOf(claimIds), currentUser.workspaceId()).stream()
                .map(Claim::toDetails)
                .collect(java.util.stream.Collectors.toMap(ClaimDetails::id, c -> c, (a, b) -> a));
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<ClaimDetails> ofArticle(long articleId) {
        return claims.findByArticleIdAndWorkspaceIdOrderByAnchorStartAscIdAsc(articleId, currentUser.workspaceId())
                .stream().map(Claim::toDetails).toList();
    }

    /** The ids of one article's claims, in the order they appear in the text (a report reads the claims in batches). */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Long> idsOfArticle(long articleId) {
        return claims.idsByArticle(articleId, currentUser.workspaceId());
    }

    /** The ids of the current workspace's claims created at or after {@code from} and before {@code until}. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Long> idsCreatedBetween(Instant from, Instant until) {
        return claims.idsCreatedBetween(currentUser.workspaceId(), from, until);
    }

    /** The state changes the signed-in member may make to this claim from its dialog now (not verdict steps). */
    @PreAuthorize("hasRole('VIEWER')")
    public List<ClaimAction> availableActions(ClaimDetails claim) {
        return ClaimTransitions.available(claim.state(), currentUser.workspace().role()).stream()
                .filter(action -> !ClaimTransitions.VERDICT_ACTIONS.contains(action)).toList();
    }

    /** {@code DRAFT → IN_VERIFICATION}: work on the claim starts. */
    @PreAuthorize("hasRole('FACT_CHECKER')")
    @Transactional
    public ClaimDetails startVerification(long claimId, long expectedVersion) {
        return move(claimId, expectedVersion, ClaimAction.START_VERIFICATION, null);
    }

    private ClaimDetails move(long claimId, long expectedVersion, ClaimAction action, String reason) {
        if (ClaimTransitions.VERDICT_ACTIONS.contains(action)) {
            throw new IllegalArgumentException(action + " belongs to the sign-off workflow");
        }
        return changeState(current(claimId, expectedVersion), action, reason, null);
    }

    /** Applies a move the table allows and publishes {@link ClaimStateChanged}; the claim is loaded or locked. */
    ClaimDetails changeState(Claim claim, ClaimAction action, String reason, Long concernedUserId) {
        Map<String, Object> before = claim.auditState();
        ClaimState from = claim.transition(action, currentUser.workspace().role(), reason, userId(), clock.instant());
        ClaimDetails after = flush(claim);
        events.publishEvent(new ClaimStateChanged(claim.getWorkspaceId(), claim.getId(), claim.getArticleId(),
                claim.getStatement(), from, after.state(), action, userId(), concernedUserId, reason, before,
                claim.auditState()));
        return after;
    }

    private Claim current(long claimId, long expectedVersion) {
        Claim claim = claims.findByIdAndWorkspaceId(claimId, currentUser.workspaceId())
                .orElseThrow(() -> new UserFacingException("claim.not-found"));
        if (claim.getVersion() != expectedVersion) {
            throw new StaleClaimException(nameOf(claim.getUpdatedBy()));
        }
        return claim;
    }

    private ClaimDetails flush(Claim claim) {
        try {
            return announced(claims.saveAndFlush(claim).toDetails());
        } catch (OptimisticLockingFailureException raced) {
            throw new StaleClaimException(null);
        }
    }

    private ClaimDetails announced(ClaimDetails claim) {
        changes.announce(currentUser.workspaceId(), "claim", claim.id(), claim.version());
        return claim;
    }

    private String nameOf(Long userId) {
        return userId == null ? null : accounts.summaries(List.of(userId)).stream().findFirst()
                .map(AccountSummary::displayName).orElse(null);
    }

    private Long userId() {
        FactDeskUser me = currentUser.require();
        return me.isSystem() ? null : me.userId();
    }
}
