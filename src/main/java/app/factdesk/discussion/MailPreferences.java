package app.factdesk.discussion;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which notifications a person also gets by e-mail, and whether at once or gathered in one daily digest. Only the
 * kinds of {@link NotificationType#MAILABLE} count.
 */
public record MailPreferences(Set<NotificationType> kinds, boolean digest) {

    public static final MailPreferences NONE = new MailPreferences(Set.of(), false);

    public MailPreferences {
        EnumSet<NotificationType> mailable = EnumSet.noneOf(NotificationType.class);
        kinds.stream().filter(NotificationType.MAILABLE::contains).forEach(mailable::add);
        kinds = Set.copyOf(mailable);
    }

    public boolean wants(NotificationType type) {
        return kinds.contains(type);
    }
}
