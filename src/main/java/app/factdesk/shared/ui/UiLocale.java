package app.factdesk.shared.ui;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import java.util.Locale;

/** Applies a UI language: the locale for translations and the page direction (right-to-left for Arabic). */
public final class UiLocale {

    /** Session attribute: the language chosen on the sign-in page, used until someone signs in. */
    public static final String CHOSEN = "factdesk.chosen-locale";

    private UiLocale() {
    }

    /** The language for someone not signed in: the one chosen on the sign-in page, else the browser's. */
    public static Locale anonymous(UI ui) {
        Object chosen = ui.getSession() == null ? null : ui.getSession().getAttribute(CHOSEN);
        return chosen instanceof Locale locale ? locale : ui.getLocale();
    }

    public static void apply(UI ui, Locale locale) {
        Locale supported = TranslationProvider.supported(locale);
        if (!supported.equals(ui.getLocale())) {
            ui.setLocale(supported);
        }
        Direction direction = TranslationProvider.isRightToLeft(supported) ? Direction.RIGHT_TO_LEFT
                : Direction.LEFT_TO_RIGHT;
        ui.setDirection(direction);
        ui.getElement().setAttribute("dir", direction.getClientName());
        ui.getElement().executeJs("document.documentElement.setAttribute('lang', $0)", supported.getLanguage());
        // Vaadin's connection indicator sits outside every landmark; as a status live region it is announced
        // rather than left as stray content (axe "region").
        ui.getElement().executeJs("const c = document.querySelector('vaadin-connection-indicator');"
                + " if (c) { c.setAttribute('role', 'status'); c.onlineText = $0; c.offlineText = $1;"
                + " c.reconnectingText = $2; }", ui.getTranslation("connection.online"),
                ui.getTranslation("connection.offline"), ui.getTranslation("connection.reconnecting"));
        // Texts Vaadin's client writes in English by itself: the grid's "Sort by …", the selection column's
        // "Select All" / "Select Row" and the password field's "Show password". An observer puts the UI language's
        // words in their place whenever they appear (ADR 020).
        ui.getElement().executeJs("""
                window.fdTexts = {sortBy: $0, exact: {'Show password': $1, 'Select All': $2, 'Select Row': $3}};
                const fix = () => {
                  const t = window.fdTexts;
                  if (t.sortBy !== 'Sort by ') {
                    document.querySelectorAll('vaadin-grid-sorter[aria-label^="Sort by "]').forEach(s =>
                        s.setAttribute('aria-label', t.sortBy + s.getAttribute('aria-label').slice(8)));
                  }
                  for (const [english, text] of Object.entries(t.exact)) {
                    if (english === text) continue;
                    document.querySelectorAll('[aria-label="' + english + '"]').forEach(e =>
                        e.setAttribute('aria-label', text));
                  }
                };
                if (!window.fdTextObserver) {
                  window.fdTextObserver = new MutationObserver(fix);
                  window.fdTextObserver.observe(document.body, {subtree: true, childList: true, attributes: true,
                      attributeFilter: ['aria-label']});
                }
                fix();
                """, ui.getTranslation("component.grid.sort-by"), ui.getTranslation("component.password.show"),
                ui.getTranslation("component.grid.select-all"), ui.getTranslation("component.grid.select-row"));
    }
}
