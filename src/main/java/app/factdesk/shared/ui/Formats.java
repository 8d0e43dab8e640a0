package app.factdesk.shared.ui;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The one way dates, times and numbers are written on screen (ADR 020): each from the UI locale's medium style, in
 * UTC for times, and with Latin digits in both languages (Arabic text with {@code ar-u-nu-latn}), so a count in a
 * grid, in a sentence and on the dashboard always looks the same.
 */
public final class Formats {

    private static final Locale ARABIC_LATIN_DIGITS = Locale.forLanguageTag("ar-u-nu-latn");

    private Formats() {
    }

    /** The locale numbers and dates are written in for this UI locale. */
    public static Locale of(Locale ui) {
        return TranslationProvider.isRightToLeft(ui) ? ARABIC_LATIN_DIGITS : TranslationProvider.ENGLISH;
    }

    public static String date(LocalDate date, Locale ui) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(of(ui)).format(date);
    }

    /** Date and minute in UTC, the time base of the audit trail, said as such. */
    public static String dateTime(Instant instant, Locale ui) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(of(ui)).withZone(ZoneOffset.UTC).format(instant) + " UTC";
    }

    public static String number(long number, Locale ui) {
        return NumberFormat.getIntegerInstance(of(ui)).format(number);
    }
}
