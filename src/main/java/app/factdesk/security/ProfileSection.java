package app.factdesk.security;

import com.vaadin.flow.component.Component;

/**
 * A part of the profile page that another module contributes (e-mail notifications): the profile page lists every
 * such bean without depending on the module, which keeps the module graph free of cycles.
 */
public interface ProfileSection {

    /** A new instance of the section for one profile page. */
    Component create();
}
