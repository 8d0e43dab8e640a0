package app.factdesk.discussion;

import app.factdesk.shared.live.ChangeFeed;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes notifications inside the caller's transaction, with the e-mail job or digest entry of a recipient who asked
 * for one; callers decide who gets one.
 */
@Component
class Notifier {

    /** Change notices of this type carry the recipient's user id: their bell counts up after commit. */
    static final String NOTICE = "notification";

    private final NotificationRepository notifications;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final ChangeFeed changes;
    private final MailOutbox mail;

    Notifier(NotificationRepository notifications, NamedParameterJdbcTemplate jdbc, Clock clock, ChangeFeed changes,
            MailOutbox mail) {
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.clock = clock;
        this.changes = changes;
        this.mail = mail;
    }

    void send(long workspaceId, long userId, NotificationType type, List<String> params, Long claimId,
            Long articleId) {
        Notification saved = notifications.save(new Notification(workspaceId, userId, type, params, claimId,
                articleId, null, clock.instant()));
        changes.announce(workspaceId, NOTICE, userId, 0);
        mail.notified(workspaceId, userId, type, saved.id());
    }

    /** Announces an overdue task to its assignee, once per task however often it is asked. */
    void overdueOnce(long workspaceId, long userId, long taskId, long claimId, long articleId, List<String> params) {
        jdbc.update("""
                insert into notification (workspace_id, user_id, type, params, claim_id, article_id, task_id, created_at)
                values (:workspace, :user, 'TASK_OVERDUE', :params, :claim, :article, :task, :now)
                on conflict (user_id, task_id) where type = 'TASK_OVERDUE' do nothing
                """, new MapSqlParameterSource("workspace", workspaceId).addValue("user", userId)
                .addValue("params", params.toArray(String[]::new)).addValue("claim", claimId)
                .addValue("article", articleId).addValue("task", taskId)
                .addValue("now", Timestamp.from(clock.instant())));
    }
}
