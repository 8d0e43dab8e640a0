package app.factdesk.discussion;

import app.factdesk.security.Role;
import app.factdesk.security.SystemAuthentication;
import app.factdesk.security.WorkspaceRole;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail for notifications (ADR 029). In the transaction that writes a notification, a recipient who asked for its
 * kind gets either a db-scheduler job that mails it now, or an entry for their next daily digest; both commit with
 * the notification or not at all. Jobs carry ids only and send outside any transaction, so a slow or failing SMTP
 * server never holds up or fails the person's action; a failed send is retried with backoff.
 */
@Component
class MailOutbox {

    /** The job of one notification's e-mail. */
    record NotificationMail(long workspaceId, long notificationId) implements Serializable {
    }

    /** The job of one person's digest, over the workspaces where entries were waiting when it was scheduled. */
    record Digest(long userId, long[] workspaceIds) implements Serializable {
    }

    private record Recipient(String email, Locale locale, String displayName, MailPreferences preferences) {
    }


    private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final ObjectProvider<OneTimeTask<NotificationMail>> mailTask;
    private final ObjectProvider<OneTimeTask<Digest>> digestTask;
    private final MailComposer composer;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String from;

    MailOutbox(ObjectProvider<JavaMailSender> sender, ObjectProvider<SchedulerClient> scheduler,
            ObjectProvider<OneTimeTask<NotificationMail>> mailTask, ObjectProvider<OneTimeTask<Digest>> digestTask,
            MailComposer composer, JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock,
            @Value("${factdesk.mail.from:Fact Desk <factdesk@localhost>}") String from) {
        this.sender = sender;
        this.scheduler = scheduler;
        this.mailTask = mailTask;
        this.digestTask = digestTask;
        this.composer = composer;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.from = from;
    }

    /** E-mail is on when Spring Boot configured a sender ({@code spring.mail.host} set) that names a host. */
    boolean enabled() {
        JavaMailSender smtp = sender.getIfAvailable();
        return smtp != null && !(smtp instanceof JavaMailSenderImpl impl && (impl.getHost() == null
                || impl.getHost().isBlank()));
    }

    /** In the notification's transaction: queue its e-mail if the recipient asked for this kind. */
    void notified(long workspaceId, long userId, NotificationType type, long notificationId) {
        if (!enabled() || !NotificationType.MAILABLE.contains(type)) {
            return;
        }
        MailPreferences preferences = MailPreferenceService.of(jdbc, userId);
        if (!preferences.wants(type)) {
            return;
        }
        Instant now = clock.instant();
        if (preferences.digest()) {
            jdbc.update("insert into mail_digest_item (user_id, workspace_id, notification_id, created_at) "
                    + "values (?, ?, ?, ?)", userId, workspaceId, notificationId, Timestamp.from(now));
            return;
        }
        app.factdesk.shared.jobs.Jobs.schedule(scheduler.getObject(), mailTask.getObject().instance(
                "notification-" + notificationId, new NotificationMail(workspaceId, notificationId)), now);
    }

    /**
     * The recurring digest job: looks in each workspace (row-level security) for people with waiting entries, and
     * schedules one digest job per person; a digest still retrying is left alone.
     */
    void scheduleDigests() {
        Instant now = clock.instant();
        Map<Long, List<Long>> workspacesByUser = new LinkedHashMap<>();
        for (Map<String, Object> workspace : jdbc.queryForList("select id, name from workspace order by id")) {
            long workspaceId = ((Number) workspace.get("id")).longValue();
            inWorkspace(workspaceId, (String) workspace.get("name"), () -> jdbc.queryForList("select distinct "
                    + "user_id from mail_digest_item where workspace_id = ?", Long.class, workspaceId))
                    .forEach(userId -> workspacesByUser.computeIfAbsent(userId, u -> new ArrayList<>())
                            .add(workspaceId));
        }
        workspacesByUser.forEach((userId, workspaceIds) -> scheduler.getObject().scheduleIfNotExists(
                digestTask.getObject().instance("digest-" + userId, new Digest(userId,
                        workspaceIds.stream().mapToLong(Long::longValue).toArray())), now));
        app.factdesk.shared.jobs.Jobs.lookAfterCommit(scheduler.getObject());
    }

    /** Job: mails one notification, unless its recipient has since opted out or has no address. */
    void send(NotificationMail job) {
        String workspaceName = workspaceName(job.workspaceId());
        Optional<Mail> mail = inWorkspace(job.workspaceId(), workspaceName, () -> jdbc.query("""
                select n.user_id, n.type, n.params, n.claim_id from notification n
                where n.id = ? and n.workspace_id = ?""", rs -> {
            if (!rs.next()) {
                return Optional.<Mail>empty();
            }
            NotificationType type = NotificationType.valueOf(rs.getString(2));
            MailComposer.Line line = new MailComposer.Line(type, params(rs.getArray(3)),
                    (Long) rs.getObject(4, Long.class));
            return recipient(rs.getLong(1)).filter(r -> r.preferences().wants(type))
                    .map(r -> new Mail(r, composer.single(r.locale(), r.displayName(), workspaceName, line)));
        }, job.notificationId(), job.workspaceId()));
        mail.ifPresent(this::deliver);
    }

    /** Job: mails one person everything waiting for their digest, grouped by workspace, then forgets it. */
    void send(Digest job) {
        Optional<Recipient> recipient = transactions.execute(s -> recipient(job.userId()));
        Map<String, List<MailComposer.Line>> byWorkspace = new LinkedHashMap<>();
        Map<Long, Waiting> read = new LinkedHashMap<>();
        for (long workspaceId : job.workspaceIds()) {
            String name = workspaceName(workspaceId);
            Waiting waiting = inWorkspace(workspaceId, name, () -> waiting(job.userId(), workspaceId));
            read.put(workspaceId, waiting);
            List<MailComposer.Line> wanted = waiting.lines().stream()
                    .filter(l -> recipient.map(r -> r.preferences().wants(l.type())).orElse(false)).toList();
            if (!wanted.isEmpty()) {
                byWorkspace.put(name, wanted);
            }
        }
        if (recipient.isPresent() && !byWorkspace.isEmpty()) {
            Recipient r = recipient.get();
            deliver(new Mail(r, composer.digest(r.locale(), r.displayName(), byWorkspace)));
        }
        read.forEach((workspaceId, waiting) -> inWorkspace(workspaceId, workspaceName(workspaceId), () ->
                jdbc.update(con -> {
                    var statement = con.prepareStatement("delete from mail_digest_item where id = any (?)");
                    statement.setArray(1, con.createArrayOf("bigint", waiting.itemIds()));
                    return statement;
                })));
    }

    /** A person's waiting digest entries in one workspace, and the notifications they name, oldest first. */
    private record Waiting(Long[] itemIds, List<MailComposer.Line> lines) {
    }

    private Waiting waiting(long userId, long workspaceId) {
        List<long[]> items = jdbc.query("select id, notification_id from mail_digest_item where user_id = ? and "
                + "workspace_id = ? order by id", (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, userId,
                workspaceId);
        Long[] itemIds = items.stream().map(i -> i[0]).toArray(Long[]::new);
        Long[] notificationIds = items.stream().map(i -> i[1]).toArray(Long[]::new);
        List<MailComposer.Line> lines = jdbc.query(con -> {
            var statement = con.prepareStatement("select type, params, claim_id from notification "
                    + "where workspace_id = ? and id = any (?) order by created_at, id");
            statement.setLong(1, workspaceId);
            statement.setArray(2, con.createArrayOf("bigint", notificationIds));
            return statement;
        }, (rs, i) -> new MailComposer.Line(NotificationType.valueOf(rs.getString(1)), params(rs.getArray(2)),
                (Long) rs.getObject(3, Long.class)));
        return new Waiting(itemIds, lines);
    }

    private record Mail(Recipient to, MailComposer.Content content) {
    }

    private void deliver(Mail mail) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (!enabled()) {
            return;
        }
        MimeMessage message = smtp.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(new InternetAddress(from, false));
            helper.setTo(mail.to().email());
            helper.setSubject(mail.content().subject());
            helper.setText(mail.content().text(), mail.content().html());
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        smtp.send(message);
        LOG.debug("Mailed {} ({} characters)", mail.to().email(), mail.content().text().length());
    }

    /** The person as a mail goes to them; empty when they cannot be mailed (no address, account disabled). */
    private Optional<Recipient> recipient(long userId) {
        return jdbc.query("select email, locale, display_name, enabled from user_account where id = ?", rs -> {
            if (!rs.next() || rs.getString(1) == null || !rs.getBoolean(4)) {
                return Optional.<Recipient>empty();
            }
            return Optional.of(new Recipient(rs.getString(1), Locale.forLanguageTag(rs.getString(2)),
                    rs.getString(3), MailPreferenceService.of(jdbc, userId)));
        }, userId);
    }

    private String workspaceName(long workspaceId) {
        return jdbc.queryForObject("select name from workspace where id = ?", String.class, workspaceId);
    }

    /** Reads a workspace's rows as its system principal (row-level security, ADR 017), in a transaction. */
    private <T> T inWorkspace(long workspaceId, String name, Supplier<T> work) {
        return SystemAuthentication.callAsSystem(new WorkspaceRole(workspaceId, name, Role.ADMIN),
                () -> transactions.execute(s -> work.get()));
    }

    private static List<String> params(java.sql.Array array) throws java.sql.SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
