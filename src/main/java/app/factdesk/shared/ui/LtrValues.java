package app.factdesk.shared.ui;

import com.vaadin.flow.component.grid.Grid;

/**
 * Grid columns of left-to-right values (file names, user names, e-mail addresses, URLs): laid out left to right
 * in both languages, so in an Arabic grid a long value keeps its beginning and is cut, with an ellipsis, at its
 * end (theme: {@code ::part(ltr-value)}).
 */
public final class LtrValues {

    private LtrValues() {
    }

    public static <T> Grid.Column<T> column(Grid.Column<T> column) {
        column.setPartNameGenerator(row -> "ltr-value");
        return column;
    }
}
