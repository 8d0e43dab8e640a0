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
                + " if (c) { c.setAttribute('role', 'status'); }");
    }
}
