package app.factdesk.security;

import java.util.Arrays;
import java.util.List;

/** A member's role in one workspace; each role includes everything the roles before it may do. */
public enum Role {
    VIEWER, FACT_CHECKER, EDITOR, ADMIN;

    /** Names used by {@code @RolesAllowed} and {@code hasRole(...)}. */
    public static final String VIEWER_NAME = "VIEWER";
    public static final String FACT_CHECKER_NAME = "FACT_CHECKER";
    public static final String EDITOR_NAME = "EDITOR";
    public static final String ADMIN_NAME = "ADMIN";

    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }

    /** Spring authorities of this role: its own and those of every role it includes. */
    public List<String> authorities() {
        return Arrays.stream(values()).filter(this::includes).map(r -> "ROLE_" + r.name()).toList();
    }
}
