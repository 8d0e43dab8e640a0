package app.factdesk.discussion;

import app.factdesk.security.CurrentUser;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's e-mail choices (ADR 029), and whether this installation sends e-mail at all. */
@Service
public class MailPreferenceService {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final MailOutbox outbox;
    private final Clock clock;

    MailPreferenceService(JdbcTemplate jdbc, CurrentUser currentUser, MailOutbox outbox, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** True when SMTP is configured ({@code spring.mail.host}); otherwise nobody gets e-mail. */
    @PreAuthorize("isAuthenticated()")
    public boolean mailEnabled() {
        return outbox.enabled();
    }

    /** The signed-in person's choices; nothing by e-mail until they opt in. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public MailPreferences mine() {
        return of(jdbc, currentUser.require().userId());
    }

    /** Saves the signed-in person's choices; kinds that are never mailed are dropped. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public MailPreferences saveMine(MailPreferences preferences) {
        String[] kinds = preferences.kinds().stream().map(Enum::name).sorted().toArray(String[]::new);
        jdbc.update(con -> {
            var statement = con.prepareStatement("insert into mail_preference (user_id, kinds, digest, updated_at) "
                    + "values (?, ?, ?, ?) on conflict (user_id) do update set kinds = excluded.kinds, "
                    + "digest = excluded.digest, updated_at = excluded.updated_at");
            statement.setLong(1, currentUser.require().userId());
            statement.setArray(2, con.createArrayOf("text", kinds));
            statement.setBoolean(3, preferences.digest());
            statement.setTimestamp(4, Timestamp.from(clock.instant()));
            return statement;
        });
        return preferences;
    }

    static MailPreferences of(JdbcTemplate jdbc, long userId) {
        return jdbc.query("select kinds, digest from mail_preference where user_id = ?",
                rs -> rs.next() ? new MailPreferences(kinds(rs.getArray(1)), rs.getBoolean(2)) : MailPreferences.NONE,
                userId);
    }

    static Set<NotificationType> kinds(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(NotificationType::valueOf).collect(Collectors.toSet());
    }
}
