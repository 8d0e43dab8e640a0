package app.factdesk.shared;

/**
 * Input refused at a service's boundary before anything is read or written: text that breaks {@link TextRules}
 * ({@code text.invalid}), a date outside {@link InputRules#EARLIEST}–{@link InputRules#LATEST}
 * ({@code input.date-out-of-range}), a number out of its range or a list with a null element. Names the field as
 * the command record or method parameter calls it, e.g. {@code fields.statement}.
 */
public class InvalidInputException extends UserFacingException {

    private final String field;

    public InvalidInputException(String messageKey, String field, Object... arguments) {
        super(messageKey, prepend(field, arguments));
        this.field = field;
    }

    public String field() {
        return field;
    }

    private static Object[] prepend(String field, Object[] arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = field;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return all;
    }
}
