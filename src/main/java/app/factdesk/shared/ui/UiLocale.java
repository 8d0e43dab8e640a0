package app.factdesk.shared.ui;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import java.util.Locale;

/** Applies a UI language: the locale for translations and the page direction (right-to-left for Arabic). */
public final class UiLocale {

    private UiLocale() {
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
    }
}
