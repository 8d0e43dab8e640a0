package app.factdesk.workspace;

import app.factdesk.shared.scope.DatabaseScope;
import app.factdesk.security.AccountChanged;
import app.factdesk.security.AccountService;
import app.factdesk.security.AccountSummary;
import app.factdesk.security.Role;
import app.factdesk.security.SystemAuthentication;
import app.factdesk.shared.Auditable;
import app.factdesk.shared.UserFacingException;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * First run of an installation without accounts: creates the installation administrator (with the password they
 * chose, checked by the password policy) and the first workspace, where they are admin. Refused once any account
 * exists. Reached anonymously through the setup page with the logged token, or from the {@code create-admin} command.
 */
@Service
public class InstallationSetup {

    private final AccountService accounts;
    private final WorkspaceRepository workspaces;
    private final MembershipRepository memberships;
    private final SetupToken token;
    private final MembershipAudit audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final DatabaseScope scope;

    InstallationSetup(DatabaseScope scope, AccountService accounts, WorkspaceRepository workspaces, MembershipRepository memberships,
            SetupToken token, MembershipAudit audit, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactions) {
        this.scope = scope;
        this.accounts = accounts;
        this.workspaces = workspaces;
        this.memberships = memberships;
        this.token = token;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** True while the setup page may be used with this token. */
    public boolean acceptsToken(String candidate) {
        return token.matches(candidate) && SystemAuthentication.callAsSystem(null, accounts::noAccountExists);
    }

    /** The setup page's action: refused with a wrong or spent token, or once any account exists. */
    public void setUpWithToken(String candidate, String username, String displayName, String password,
            String workspaceName) {
        if (!token.matches(candidate)) {
            throw new UserFacingException("setup.token-invalid");
        }
        setUp(username, displayName, password, workspaceName);
        token.spend();
    }

    /** The {@code create-admin} command's action (no token: whoever runs it has the server's command line). */
    public void setUpFromCommandLine(String username, String displayName, String password, String workspaceName) {
        setUp(username, displayName, password, workspaceName);
        token.spend();
    }

    private void setUp(String username, String displayName, String password, String workspaceName) {
        String name = workspaceName == null ? "" : workspaceName.strip();
        if (name.isEmpty() || name.length() > 120) {
            throw new UserFacingException("setup.workspace-invalid");
        }
        SystemAuthentication.runAsSystem(null, () -> transaction.executeWithoutResult(status -> {
            AccountSummary admin = accounts.provisionFirstInstallationAdmin(username, displayName, password);
            long workspaceId = workspaces.save(new Workspace(name, clock.instant())).getId();
            scope.inWorkspace(workspaceId,
                    () -> memberships.save(new Membership(workspaceId, admin.id(), Role.ADMIN, clock.instant())));
            events.publishEvent(new AccountChanged(null, "account.created", admin.id(), null,
                    Auditable.fields("username", admin.username(), "installationAdmin", true)));
            audit.membershipChanged(workspaceId, "member.added", admin.id(), null,
                    Auditable.fields("username", admin.username(), "role", Role.ADMIN.name(), "newAccount", true));
        }));
    }
}
