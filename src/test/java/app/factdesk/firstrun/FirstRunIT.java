package app.factdesk.firstrun;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * A fresh installation with no account (demo data off, its own throw-away database), run as a child JVM and driven
 * through real HTTP: the token in the log opens the setup page, which creates the installation administrator and the
 * first workspace; they sign in; setup is refused afterwards and with a wrong token. Also the create-admin command.
 */
class FirstRunIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Duration START = Duration.ofMinutes(4);

    @Test
    void the_setup_token_in_the_log_opens_a_page_that_creates_the_first_administrator_once() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at /usr/bin/chromium");
        int port = freePort();
        try (ChildApp app = ChildApp.start(Map.of(), null, "--server.port=" + port,
                "--factdesk.embedded-db.ephemeral=true", "--factdesk.demo.enabled=false",
                "--vaadin.devmode.devTools.enabled=false", "--spring.main.banner-mode=off");
                Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM).setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run")))) {
            String token = app.await("First-run setup token: (\\S+)", START);
            app.await("Started FactDeskApplication", START);
            String base = "http://localhost:" + port;
            Page page = browser.newContext(new Browser.NewContextOptions().setLocale("en-US")).newPage();
            page.setDefaultTimeout(30_000);

            page.navigate(base + "/setup?token=wrong-" + token);
            assertThat(page.locator("#setup-message")).containsText("Setup is not available");
            assertThat(page.locator("#setup-create")).hasCount(0);

            page.navigate(base + "/setup?token=" + token);
            page.locator("#setup-username input").fill("chief");
            page.locator("#setup-display-name input").fill("Chief Admin");
            page.locator("#setup-password input").fill("short");
            page.locator("#setup-repeat input").fill("short");
            page.locator("#setup-workspace input").fill("Newsroom");
            page.locator("#setup-create").click();
            assertThat(page.locator("#setup-message")).containsText("at least");
            page.locator("#setup-password input").fill("a-long-chosen-secret-7");
            page.locator("#setup-repeat input").fill("a-long-chosen-secret-7");
            page.locator("#setup-create").click();
            assertThat(page.locator("#setup-message")).containsText("were created");

            page.navigate(base + "/login");
            page.locator("input[name='username']").fill("chief");
            page.locator("input[name='password']").fill("a-long-chosen-secret-7");
            page.locator("vaadin-button[slot='submit']").click();
            assertThat(page.locator("#current-workspace")).containsText("Newsroom");
            assertThat(page.locator("#main-nav")).containsText("Accounts");
            assertThat(page.locator("#main-nav")).containsText("Members");

            Page anonymous = browser.newContext().newPage();
            anonymous.navigate(base + "/setup?token=" + token);
            assertThat(anonymous.locator("#setup-message")).containsText("Setup is not available");
            assertThat(anonymous.locator("#setup-create")).hasCount(0);
        }
    }

    @Test
    void create_admin_makes_the_first_administrator_once_without_starting_the_web_server() throws Exception {
        Path dataDir = Files.createTempDirectory("factdesk-create-admin-");
        try {
            String[] args = {"create-admin", "--username=ops", "--display-name=Ops Admin", "--workspace=Main desk"};
            Map<String, String> env = Map.of("FACTDESK_DATA_DIR", dataDir.toString());
            try (ChildApp weak = ChildApp.start(env, "short\n", args)) {
                assertThat(weak.exitCode(START)).as(weak.output()).isEqualTo(1);
                assertThat(weak.output()).contains("at least").doesNotContain("Tomcat started");
            }
            try (ChildApp created = ChildApp.start(env, "a-long-chosen-secret-7\n", args)) {
                assertThat(created.exitCode(START)).as(created.output()).isEqualTo(0);
                assertThat(created.output()).contains("Installation administrator 'ops'");
            }
            Map<String, String> withEnvPassword = Map.of("FACTDESK_DATA_DIR", dataDir.toString(),
                    "FACTDESK_ADMIN_PASSWORD", "another-long-secret-8");
            try (ChildApp again = ChildApp.start(withEnvPassword, null, args)) {
                assertThat(again.exitCode(START)).as(again.output()).isEqualTo(2);
            }
        } finally {
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
