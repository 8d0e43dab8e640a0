package app.factdesk.claim;

public enum Priority {
    HIGH, NORMAL, LOW
}
