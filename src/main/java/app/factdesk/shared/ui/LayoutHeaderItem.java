package app.factdesk.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a module adds to the application header (e.g. the notification bell) without the layout knowing the
 * module: a Spring bean that makes a new component for each layout instance.
 */
public interface LayoutHeaderItem {

    /** A new component for one layout, or null when there is nothing to show for the signed-in user. */
    Component create();
}
