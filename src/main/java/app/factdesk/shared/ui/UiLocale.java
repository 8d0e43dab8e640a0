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
        // Two texts Vaadin's client writes in English by itself: the grid's "Sort by …" and the password field's
        // "Show password". An observer puts the UI language's words in their place whenever they appear.
        ui.getElement().executeJs("""
                window.fdTexts = {sortBy: $0, showPassword: $1};
                const fix = () => {
                  const t = window.fdTexts;
                  document.querySelectorAll('vaadin-grid-sorter[aria-label^="Sort by "]').forEach(s => {
                    if (t.sortBy !== 'Sort by ') s.setAttribute('aria-label', t.sortBy + s.getAttribute('aria-label').slice(8));
                  });
                  document.querySelectorAll('vaadin-password-field-button[aria-label="Show password"]').forEach(b => {
                    if (t.showPassword !== 'Show password') b.setAttribute('aria-label', t.showPassword);
                  });
                };
                if (!window.fdTextObserver) {
                  window.fdTextObserver = new MutationObserver(fix);
                  window.fdTextObserver.observe(document.body, {subtree: true, childList: true, attributes: true,
                      attributeFilter: ['aria-label']});
                }
                fix();
                """, ui.getTranslation("component.grid.sort-by"), ui.getTranslation("component.password.show"));
    }
}
