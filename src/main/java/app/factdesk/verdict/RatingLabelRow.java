package app.factdesk.verdict;

import java.util.Locale;

/** One label of the workspace's rating scale. */
public record RatingLabelRow(long id, int position, String labelEn, String labelAr, Integer ratingValue,
        String colour, String description, boolean retired, long version) {

    /** The label in the UI language: Arabic for {@code ar}, English otherwise. */
    public String label(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? labelAr : labelEn;
    }

    public RatingLabelFields fields() {
        return new RatingLabelFields(labelEn, labelAr, ratingValue, colour, description);
    }
}
