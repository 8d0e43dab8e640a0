package app.factdesk.shared;

/**
 * A refusal the user should read: carries a message key of the UI bundles and its arguments. Services throw it for
 * bad input and broken rules; the UI shows the translated message, never a stack trace.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public UserFacingException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
