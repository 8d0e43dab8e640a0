package app.factdesk.shared;

import java.time.LocalDate;

/**
 * The documented ranges of the numbers and dates a service accepts (README, "Limits"): a date lies in the years
 * 1000 to 9999, an offset between 0 and {@link #MAX_OFFSET}, a page between 1 and {@link #MAX_LIMIT} items, an id
 * is a positive long. {@link InputGuard} applies them by the parameter's or record component's name and type.
 */
public final class InputRules {

    public static final LocalDate EARLIEST = LocalDate.of(1000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    public static final int MAX_OFFSET = 10_000_000;
    public static final int MAX_LIMIT = 1000;

    private InputRules() {
    }

    public static boolean dateInRange(LocalDate date) {
        return date == null || (!date.isBefore(EARLIEST) && !date.isAfter(LATEST));
    }

    /** Checks a date, an offset, a limit or an id named {@code field}; other values pass. */
    static void check(String field, Object value) {
        String name = field.substring(field.lastIndexOf('.') + 1);
        if (value instanceof LocalDate date && !dateInRange(date)) {
            throw new InvalidInputException("input.date-out-of-range", field, EARLIEST.getYear(), LATEST.getYear());
        }
        if (!(value instanceof Integer || value instanceof Long)) {
            return;
        }
        long number = ((Number) value).longValue();
        if (name.equals("offset") && (number < 0 || number > MAX_OFFSET)) {
            throw new InvalidInputException("input.offset-out-of-range", field, MAX_OFFSET);
        }
        if (name.equals("limit") && (number < 1 || number > MAX_LIMIT)) {
            throw new InvalidInputException("input.limit-out-of-range", field, MAX_LIMIT);
        }
        if ((name.equals("id") || name.endsWith("Id") || name.endsWith("Ids")) && number < 1) {
            throw new InvalidInputException("input.id-invalid", field);
        }
    }
}
