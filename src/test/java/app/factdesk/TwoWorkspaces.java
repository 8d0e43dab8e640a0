package app.factdesk;

import app.factdesk.article.ArticleService;
import app.factdesk.article.ImportArticle;
import app.factdesk.security.AccountService;
import app.factdesk.security.Role;
import app.factdesk.security.SystemAuthentication;
import app.factdesk.security.WorkspaceRole;
import app.factdesk.workspace.WorkspaceService;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Creates a second workspace "B", with its own admin and article, beside the demo desk. */
@Component
public class TwoWorkspaces {

    public record Other(long workspaceId, String adminUsername, long articleId) {
    }

    public static final String PASSWORD = "other-desk-pass-77";

    private final WorkspaceService workspaces;
    private final AccountService accounts;
    private final ArticleService articles;

    public TwoWorkspaces(WorkspaceService workspaces, AccountService accounts, ArticleService articles) {
        this.workspaces = workspaces;
        this.accounts = accounts;
        this.articles = articles;
    }

    /** Imports the reference Arabic article into that desk, as its system, and returns the article id. */
    public long importReference(Other desk) {
        return SystemAuthentication.callAsSystem(new WorkspaceRole(desk.workspaceId(), "B", Role.ADMIN),
                () -> articles.importArticle(new ImportArticle(null, referenceArticle(), null, null,
                        "Sputnik / Pakistan Point News", null, null, null), true));
    }

    /** Imports {@code body} into that desk as an article in {@code language} (any accepted code); returns its id. */
    public long importIn(Other desk, String title, String body, String language) {
        return SystemAuthentication.callAsSystem(new WorkspaceRole(desk.workspaceId(), "B", Role.ADMIN),
                () -> articles.importArticle(new ImportArticle(title, body, language, null, "Test desk", null, null,
                        null), true));
    }

    /** Adds a member with the given role and {@link #PASSWORD} to that desk; returns the username. */
    public String addMember(Other desk, Role role, String displayName) {
        String username = "m" + UUID.randomUUID().toString().substring(0, 8);
        SystemAuthentication.runAsSystem(null, () -> workspaces.addMembership(desk.workspaceId(),
                accounts.provisionAccount(username, displayName, PASSWORD).id(), role));
        return username;
    }

    public static String referenceArticle() {
        try (var in = TwoWorkspaces.class.getResourceAsStream("/demo/kremlin-putin-biden-contacts.ar.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public Other createOther() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return SystemAuthentication.callAsSystem(null, () -> {
            long workspaceId = workspaces.createWorkspace("Desk B " + suffix);
            long adminId = accounts.provisionAccount("badmin" + suffix, "B admin", PASSWORD).id();
            workspaces.addMembership(workspaceId, adminId, Role.ADMIN);
            long articleId = SystemAuthentication.callAsSystem(new WorkspaceRole(workspaceId, "B", Role.ADMIN),
                    () -> articles.importArticle(new ImportArticle("B's secret article", "Only desk B may read this.",
                            "en", "ltr", null, null, null, null), false));
            return new Other(workspaceId, "badmin" + suffix, articleId);
        });
    }
}
