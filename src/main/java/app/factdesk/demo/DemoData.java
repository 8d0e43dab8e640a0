package app.factdesk.demo;

import app.factdesk.article.ArticleService;
import app.factdesk.article.ImportArticle;
import app.factdesk.security.AccountService;
import app.factdesk.security.Role;
import app.factdesk.security.SystemAuthentication;
import app.factdesk.security.WorkspaceRole;
import app.factdesk.workspace.WorkspaceService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the demo workspace, users and article once, in one transaction (all or nothing); later starts find the
 * workspace and do nothing.
 */
@Component
@ConditionalOnProperty(name = "factdesk.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String WORKSPACE = "Demo desk";
    static final String ARTICLE = "/demo/kremlin-putin-biden-contacts.ar.txt";

    /** The demo users, one per role; README.md lists the same passwords. */
    record DemoUser(String username, String displayName, String password, Role role) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Amira Admin", "Fact-Desk-Boss-42", Role.ADMIN),
            new DemoUser("editor", "Elias Editor", "Fact-Desk-Review-42", Role.EDITOR),
            new DemoUser("checker", "Chadi Checker", "Fact-Desk-Verify-42", Role.FACT_CHECKER),
            new DemoUser("viewer", "Vera Viewer", "Fact-Desk-Read-42", Role.VIEWER));

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final WorkspaceService workspaces;
    private final AccountService accounts;
    private final ArticleService articles;

    private final TransactionTemplate transaction;

    DemoData(WorkspaceService workspaces, AccountService accounts, ArticleService articles,
            PlatformTransactionManager transactions) {
        this.workspaces = workspaces;
        this.accounts = accounts;
        this.articles = articles;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (SystemAuthentication.callAsSystem(null, () -> workspaces.findByName(WORKSPACE)).isPresent()) {
            return;
        }
        String body = readArticle();
        SystemAuthentication.runAsSystem(null, () -> transaction.executeWithoutResult(status -> {
            long workspaceId = workspaces.createWorkspace(WORKSPACE);
            for (DemoUser user : USERS) {
                long userId = accounts.provisionAccount(user.username(), user.displayName(), user.password()).id();
                workspaces.addMembership(workspaceId, userId, user.role());
                if (user.role() == Role.ADMIN) {
                    accounts.provisionInstallationAdmin(userId);
                }
            }
            SystemAuthentication.runAsSystem(new WorkspaceRole(workspaceId, WORKSPACE, Role.ADMIN),
                    () -> articles.importArticle(new ImportArticle(body.lines().findFirst().orElseThrow().strip(),
                            body, "ar", "rtl", "Sputnik / Pakistan Point News", null, null,
                            LocalDate.of(2021, 10, 14)), false));
        }));
        // The only place the log shows the demo passwords: this first start (the README lists them too).
        log.info(firstStartBanner());
    }

    /** The first-start banner: the new demo desk and its sign-ins, once; later starts print nothing about them. */
    static String firstStartBanner() {
        StringBuilder banner = new StringBuilder("First start: demo workspace '" + WORKSPACE
                + "' created with the reference article. Demo sign-ins (also in README.md):");
        for (DemoUser user : USERS) {
            banner.append(System.lineSeparator()).append(String.format("  %-8s %-20s %s", user.username(),
                    user.password(), user.role()));
        }
        return banner.toString();
    }

    static String readArticle() throws IOException {
        try (InputStream in = DemoData.class.getResourceAsStream(ARTICLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
