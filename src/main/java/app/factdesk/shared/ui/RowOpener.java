package app.factdesk.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.DomListenerRegistration;
import java.util.function.Function;

/**
 * Makes each row of a grid a link: a click, or Enter / Space on a focused row, opens the row's page. The grid's
 * rows carry the key Vaadin gave each item, so the key press names its row itself.
 */
public final class RowOpener {

    /** The key of the item whose row (or one of its cells) the key was pressed on; null outside the body rows. */
    private static final String ROW_KEY = "(() => { const t = event.composedPath()[0];"
            + " const row = t && t.localName === 'tr' ? t : (t && t.parentElement);"
            + " return row && row.parentElement && row.parentElement.id === 'items' && row._item"
            + " ? row._item.key : null; })()";

    private RowOpener() {
    }

    public static <T> void open(Grid<T> grid, Function<T, String> location) {
        grid.addItemClickListener(click -> go(grid, location.apply(click.getItem())));
        DomListenerRegistration keys = grid.getElement().addEventListener("keydown", event -> {
            var data = event.getEventData();
            if (!data.hasKey(ROW_KEY) || data.get(ROW_KEY).getType() != elemental.json.JsonType.STRING) {
                return;
            }
            T item = grid.getDataCommunicator().getKeyMapper().get(data.getString(ROW_KEY));
            if (item != null) {
                go(grid, location.apply(item));
            }
        });
        keys.addEventData(ROW_KEY);
        keys.setFilter("(event.key === 'Enter' || event.key === ' ') && " + ROW_KEY + " !== null");
    }

    private static void go(Grid<?> grid, String location) {
        grid.getUI().ifPresent(ui -> ui.navigate(location));
    }
}
