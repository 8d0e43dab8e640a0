package app.factdesk.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.CreateClaim;
import app.factdesk.claim.ClaimService;
import app.factdesk.claim.ClaimState;
import app.factdesk.security.Role;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The core journey with the keyboard alone (issue 10): no clicks, no filled fields, only key presses, counted. The
 * test reads where focus is, as a person reads the screen, and presses Tab until it is where they want it.
 */
class KeyboardJourneyIT extends BrowserJourney {

    /** Is focus on (or inside) an element matching the selector, looking through shadow roots? */
    private static final String FOCUS_IN = """
            (selector) => {
              let deep = document.activeElement;
              while (deep && deep.shadowRoot && deep.shadowRoot.activeElement) deep = deep.shadowRoot.activeElement;
              const host = document.activeElement;
              return !!((host && host.closest && host.closest(selector)) || (deep && deep.closest && deep.closest(selector)));
            }""";
    private static final String FOCUS_ON_BODY_ROW = """
            () => {
              let deep = document.activeElement;
              while (deep && deep.shadowRoot && deep.shadowRoot.activeElement) deep = deep.shadowRoot.activeElement;
              const row = deep && (deep.localName === 'tr' ? deep : deep.parentElement);
              return !!(row && row.parentElement && row.parentElement.id === 'items');
            }""";

    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    ClaimService claims;
    @Autowired
    TestUsers users;

    private int keys;

    private void press(Page on, String key) {
        keys++;
        on.keyboard().press(key);
    }

    private void type(Page on, String text) {
        keys += text.codePointCount(0, text.length());
        on.keyboard().type(text);
    }

    private boolean focusIn(Page on, String selector) {
        return (Boolean) on.evaluate(FOCUS_IN, selector);
    }

    /** Tab (at most 80 times) until focus is inside {@code selector}. */
    private void tabTo(Page on, String selector) {
        for (int i = 0; i < 80 && !focusIn(on, selector); i++) {
            press(on, "Tab");
            on.waitForTimeout(30);
        }
        assertThat(focusIn(on, selector)).as(() -> "Tab reaches " + selector + "; focus is on "
                + on.evaluate("() => { let a = document.activeElement; return a ? a.localName + '#' + a.id : 'none'; }")
                + "; dialog has " + on.evaluate("() => [...document.querySelectorAll('vaadin-dialog-overlay [id]')]"
                + ".map(e => e.id).join(',')")).isTrue();
    }

    private void signInByKeys(Page on, String username) {
        on.navigate(url("/login"));
        on.locator("input[name='username']").waitFor();
        tabTo(on, "input[name='username']");
        type(on, username);
        press(on, "Tab");
        type(on, TwoWorkspaces.PASSWORD);
        press(on, "Enter");
        assertThat(on.locator("#main-nav")).isVisible();
    }

    @Test
    void import_to_approval_with_the_keyboard_alone() throws Exception {
        TwoWorkspaces.Other desk = fixtures.createOther();
        long articleId = fixtures.importReference(desk);
        String checker = fixtures.addMember(desk, Role.FACT_CHECKER, "Chadi Checker");
        String editor = fixtures.addMember(desk, Role.EDITOR, "Elias Editor");

        signInByKeys(page, checker);
        tabTo(page, "vaadin-side-nav-item[path='articles']");
        press(page, "Enter");
        assertThat(page).hasURL(Pattern.compile(".*/articles$"));
        page.locator("#articles-grid vaadin-grid-cell-content").first().waitFor();
        for (int i = 0; i < 80 && !(Boolean) page.evaluate(FOCUS_ON_BODY_ROW); i++) {
            press(page, "Tab");
        }
        press(page, "Enter");
        assertThat(page).hasURL(Pattern.compile(".*/articles/" + articleId + "$"));

        // Mark a span: the first sentence, its end pulled back by a word and its start moved on by a word.
        assertThat(page.locator("#article-keyboard-help")).isVisible();
        tabTo(page, "#article-body");
        press(page, "ArrowDown");
        String sentence = page.evaluate("() => window.getSelection().toString()").toString();
        press(page, "Shift+ArrowRight"); // Arabic reads right to left: ArrowRight is "back"
        press(page, "ArrowLeft");        // and ArrowLeft is "forward"
        String span = page.evaluate("() => window.getSelection().toString()").toString().strip();
        assertThat(span).isNotBlank().isNotEqualTo(sentence.strip());
        assertThat(sentence).contains(span);
        press(page, "Enter");

        assertThat(page.locator("vaadin-dialog-overlay")).isVisible();
        assertThat(focusIn(page, "#claim-statement")).as("the dialog puts focus on its first field").isTrue();
        type(page, "The Kremlin says talks will continue");
        tabTo(page, "#claim-save");
        press(page, "Enter");
        assertThat(page.locator("#claim-list")).containsText("The Kremlin says talks will continue");
        ClaimDetails created = users.as(checker, () -> claims.ofArticle(articleId)).get(0);
        assertThat(created.anchor().exact()).isEqualTo(span);

        // Start verification from the claim's dialog, then open its page from the same dialog.
        tabTo(page, "[data-claim='" + created.id() + "']");
        press(page, "Enter");
        assertThat(page.locator("#claim-open-details")).isVisible(); // a person waits for the dialog to show
        assertThat(users.as(checker, () -> claims.find(created.id())).orElseThrow().state())
                .as(() -> "state; dialog has " + page.evaluate(
                        "() => [...document.querySelectorAll('vaadin-dialog-overlay [id]')].map(e => e.id).join(',')"))
                .isEqualTo(ClaimState.DRAFT);
        assertThat(page.locator("#claim-action-start_verification")).isVisible();
        tabTo(page, "#claim-action-start_verification");
        press(page, "Enter");
        assertThat(page.locator("vaadin-dialog-overlay")).hasCount(0);
        tabTo(page, "[data-claim='" + created.id() + "']");
        press(page, "Enter");
        assertThat(page.locator("#claim-open-details")).isVisible();
        tabTo(page, "#claim-open-details");
        press(page, "Enter");
        assertThat(page).hasURL(Pattern.compile(".*/claims/" + created.id() + "$"));
        assertThat(page.locator("vaadin-dialog-overlay")).hasCount(0);

        tabTo(page, "#source-url");
        type(page, "https://en.kremlin.ru/events/president/news/66932");
        tabTo(page, "#source-title");
        type(page, "Kremlin readout");
        tabTo(page, "#source-add");
        press(page, "Enter");
        assertThat(page.locator("#sources-list")).containsText("Kremlin readout");

        tabTo(page, "#verdict-rating");
        press(page, "Enter");
        page.locator("vaadin-select-item").first().waitFor();
        press(page, "ArrowDown");
        press(page, "Enter");
        tabTo(page, "#verdict-rationale");
        type(page, "The readout says so.");
        tabTo(page, "#verdict-sources vaadin-checkbox");
        press(page, "Space");
        tabTo(page, "#verdict-propose");
        press(page, "Enter");
        assertThat(page.locator("#claim-details-state")).hasText("Verdict proposed");

        Path profile = Files.createTempDirectory("factdesk-chromium-editor-");
        try (BrowserContext second = playwright().chromium().launchPersistentContext(profile,
                new BrowserType.LaunchPersistentContextOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                        .setArgs(ARGS).setViewportSize(1280, 800))) {
            Page e = second.pages().isEmpty() ? second.newPage() : second.pages().get(0);
            signInByKeys(e, editor);
            tabTo(e, "vaadin-side-nav-item[path='review']");
            press(e, "Enter");
            assertThat(e).hasURL(Pattern.compile(".*/review$"));
            tabTo(e, "[id^='verdict-approve-']");
            press(e, "Enter");
            assertThat(e.locator("#ready-to-publish")).containsText("The Kremlin says talks will continue");
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(profile);
        }
        assertThat(users.as(checker, () -> claims.find(created.id())).orElseThrow().state())
                .isEqualTo(ClaimState.APPROVED);
        System.out.println("Keyboard journey: " + keys + " key presses, no pointer (issue 10)");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "keyboard-journey.txt"), keys + " key presses\n");
    }

    /**
     * A colleague's change re-renders the claim list; the card a keyboard user is on keeps focus (before the fix,
     * focus fell to the page body and Enter did nothing, the way this journey once failed in CI).
     */
    @Test
    void focus_stays_on_the_claim_card_when_a_colleague_adds_a_claim() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        long articleId = fixtures.importReference(desk);
        String checker = fixtures.addMember(desk, Role.FACT_CHECKER, "Chadi Checker");
        String colleague = fixtures.addMember(desk, Role.FACT_CHECKER, "Cora Colleague");
        String body = TwoWorkspaces.referenceArticle();
        String first = body.substring(0, 20);
        long mine = users.as(colleague, () -> claims.create(new CreateClaim(articleId, 0, first.length(), first,
                new ClaimFields("First claim on the page", null, null, null, List.of()), null)).id());

        signInByKeys(page, checker);
        page.navigate(url("/articles/" + articleId));
        page.locator("[data-claim='" + mine + "']").waitFor();
        tabTo(page, "[data-claim='" + mine + "']");

        int start = body.indexOf(' ', 200) + 1;
        String later = body.substring(start, start + 30);
        users.as(colleague, () -> claims.create(new CreateClaim(articleId, start, start + later.length(), later,
                new ClaimFields("A colleague's second claim", null, null, null, List.of()), null)));
        assertThat(page.locator("#claim-list")).containsText("A colleague's second claim");
        assertThat(focusIn(page, "[data-claim='" + mine + "']"))
                .as("focus is still on the card the keyboard user was on").isTrue();
        press(page, "Enter");
        assertThat(page.locator("#claim-open-details")).isVisible();
    }
}
