package app.factdesk.verdict;

import java.util.List;

/** The scale every workspace starts with, from true to false, plus "Unverifiable" outside the numeric range. */
final class DefaultScale {

    static final List<RatingLabelFields> LABELS = List.of(
            new RatingLabelFields("True", "صحيح", 6, "#2e7d32", "Accurate, nothing significant missing."),
            new RatingLabelFields("Mostly true", "صحيح في معظمه", 5, "#689f38",
                    "Accurate but needs clarification or more information."),
            new RatingLabelFields("Half true", "نصف صحيح", 4, "#f9a825",
                    "Partially accurate; leaves out important details."),
            new RatingLabelFields("Misleading", "مضلل", 3, "#ef6c00",
                    "Contains accurate elements but gives a false impression."),
            new RatingLabelFields("Mostly false", "خاطئ في معظمه", 2, "#d84315",
                    "Contains an element of truth but ignores critical facts."),
            new RatingLabelFields("False", "خاطئ", 1, "#c62828", "Not accurate."),
            new RatingLabelFields("Unverifiable", "لا يمكن التحقق منه", null, "#757575",
                    "The available evidence does not allow a rating."));

    private DefaultScale() {
    }
}
