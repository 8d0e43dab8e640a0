package app.factdesk.report;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The report's names for stored values, from the English UI bundle: claim states, priorities, verdict and task
 * statuses, source types and stances, audit actions. A value without a name is shown as stored.
 */
final class ReportLabels {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n/messages", Locale.ENGLISH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private ReportLabels() {
    }

    /** The label of {@code prefix + value}, e.g. {@code of("state.", ClaimState.PUBLISHED)} is "Published". */
    static String of(String prefix, Object value) {
        if (value == null) {
            return "";
        }
        String name = value instanceof Enum<?> e ? e.name() : value.toString();
        return BUNDLE.containsKey(prefix + name) ? BUNDLE.getString(prefix + name) : name;
    }
}
