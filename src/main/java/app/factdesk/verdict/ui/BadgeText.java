package app.factdesk.verdict.ui;

/**
 * The text colour for a rating badge on its label's colour: black or white, whichever contrasts more (WCAG 2
 * relative luminance), so any colour an admin picks stays readable (≥ 4.5:1 for the default scale).
 */
final class BadgeText {

    private BadgeText() {
    }

    /** {@code "#000000"} or {@code "#ffffff"} for a background given as {@code #rrggbb}; white when unreadable. */
    static String on(String background) {
        if (background == null || !background.matches("#[0-9a-fA-F]{6}")) {
            return "#ffffff";
        }
        double luminance = luminance(background);
        double withWhite = 1.05 / (luminance + 0.05);
        double withBlack = (luminance + 0.05) / 0.05;
        return withBlack > withWhite ? "#000000" : "#ffffff";
    }

    /** WCAG 2 contrast ratio between two {@code #rrggbb} colours. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
    }

    private static double channel(String hex, int at) {
        double c = Integer.parseInt(hex.substring(at, at + 2), 16) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
