package app.factdesk.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.report.ExportJobService;
import app.factdesk.report.ExportKind;
import app.factdesk.report.ExportRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A long left-to-right value in an Arabic grid keeps its beginning and is cut at its end (issue 10). */
class RtlValuesJourneyIT extends BrowserJourney {

    @Autowired
    TwoWorkspaces fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    ExportJobService exports;

    @Test
    @SuppressWarnings("unchecked")
    void a_file_name_in_an_arabic_grid_is_cut_at_its_end() {
        TwoWorkspaces.Other desk = fixtures.createOther();
        long articleId = fixtures.importReference(desk);
        String admin = desk.adminUsername();
        String file = users.as(admin, () -> exports.submit(new ExportRequest(ExportKind.JSON, articleId, null, null,
                true))).fileName();
        TestUsers.signOut();

        signIn(admin, TwoWorkspaces.PASSWORD);
        assertThat(page.locator("#main-nav")).isVisible();
        page.locator("#language-switch").click();
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        try {
            page.navigate(url("/exports"));
            assertThat(page.locator("vaadin-grid").first()).containsText(file);
            // Narrow the file column so the name cannot fit, then see which end of it is hidden.
            Map<String, Object> cut = (Map<String, Object>) page.evaluate("""
                    async (name) => {
                      const grid = document.querySelector('vaadin-grid');
                      const column = [...grid.querySelectorAll('vaadin-grid-column')].find(c =>
                          [...grid.querySelectorAll('vaadin-grid-cell-content')].some(cell =>
                              cell.textContent === name && cell.assignedSlot
                              && cell.assignedSlot.parentElement._column === c));
                      column.flexGrow = 0;
                      column.width = '90px';
                      await new Promise(r => setTimeout(r, 300));
                      const cell = [...grid.querySelectorAll('vaadin-grid-cell-content')]
                          .find(c => c.textContent === name);
                      const box = cell.getBoundingClientRect();
                      const text = cell.firstChild.nodeType === 3 ? cell.firstChild : cell.firstChild.firstChild;
                      const range = document.createRange();
                      range.setStart(text, 0); range.setEnd(text, 1);
                      const first = range.getBoundingClientRect();
                      range.setStart(text, name.length - 1); range.setEnd(text, name.length);
                      const last = range.getBoundingClientRect();
                      const inside = (r) => r.left >= box.left - 1 && r.right <= box.right + 1;
                      return {firstVisible: inside(first), lastVisible: inside(last)};
                    }""", file);
            assertThat(cut).as("which end of «" + file + "» shows").containsEntry("firstVisible", true)
                    .containsEntry("lastVisible", false);
        } finally {
            page.locator("#language-switch").click();
            assertThat(page.locator("html")).hasAttribute("dir", "ltr");
        }
    }
}
