package app.factdesk.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;

/** Reads an id from a route parameter: a positive long, or empty (the view then shows the not-found page). */
public final class RouteIds {

    private RouteIds() {
    }

    public static Optional<Long> of(BeforeEnterEvent event, String parameter) {
        return event.getRouteParameters().get(parameter).flatMap(RouteIds::parse);
    }

    static Optional<Long> parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 19 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(text);
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }
}
