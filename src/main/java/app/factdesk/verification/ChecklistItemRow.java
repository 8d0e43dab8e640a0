package app.factdesk.verification;

/** One default task of the workspace checklist. */
public record ChecklistItemRow(long id, String title, boolean required) {
}
