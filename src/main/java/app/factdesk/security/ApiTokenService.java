package app.factdesk.security;

import app.factdesk.shared.Auditable;
import app.factdesk.shared.UserFacingException;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's personal access tokens for the REST API: create, list and revoke, only their own. */
@Service
public class ApiTokenService {

    static final int MAX_NAME = 100;
    static final int MAX_ACTIVE = 20;

    private final ApiTokenRepository tokens;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ApiTokenService(ApiTokenRepository tokens, CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Creates a token that acts for the signed-in user in their current workspace, with whatever role they have there
     * at each request. The secret is in the result only: it cannot be shown again.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional
    public NewApiToken create(String name) {
        long userId = ownerId();
        long workspaceId = currentUser.workspaceId();
        String shown = name == null ? "" : name.strip();
        if (shown.isEmpty() || shown.length() > MAX_NAME) {
            throw new UserFacingException("token.name-invalid", MAX_NAME);
        }
        if (tokens.countByUserIdAndWorkspaceIdAndRevokedAtIsNull(userId, workspaceId) >= MAX_ACTIVE) {
            throw new UserFacingException("token.too-many", MAX_ACTIVE);
        }
        String secret = ApiTokenSecrets.generate();
        ApiToken token = tokens.save(new ApiToken(userId, workspaceId, shown, ApiTokenSecrets.hash(secret),
                ApiTokenSecrets.displayPrefix(secret), clock.instant()));
        events.publishEvent(new ApiTokenChanged(workspaceId, "token.created", token.getId(),
                Auditable.fields("name", shown, "prefix", ApiTokenSecrets.displayPrefix(secret))));
        return new NewApiToken(token.toRow(), secret);
    }

    /** The signed-in user's tokens for the current workspace that are not revoked, newest first. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<ApiTokenRow> mine() {
        return tokens.findByUserIdAndWorkspaceIdAndRevokedAtIsNullOrderByCreatedAtDescIdDesc(ownerId(),
                currentUser.workspaceId()).stream().map(ApiToken::toRow).toList();
    }

    /**
     * Revokes one of the signed-in user's own tokens of the current workspace (so the event lands in that workspace's
     * audit chain); from the next request on it is refused.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional
    public void revoke(long tokenId) {
        long userId = ownerId();
        long workspaceId = currentUser.workspaceId();
        ApiToken token = tokens.findByIdAndWorkspaceIdAndUserId(tokenId, workspaceId, userId)
                .orElseThrow(() -> new UserFacingException("token.not-found"));
        token.revoke(clock.instant());
        events.publishEvent(new ApiTokenChanged(token.getWorkspaceId(), "token.revoked", tokenId,
                Auditable.fields("revoked", true)));
    }

    private long ownerId() {
        FactDeskUser me = currentUser.require();
        if (me.isSystem()) {
            throw new AccessDeniedException("The system has no tokens");
        }
        return me.userId();
    }
}
