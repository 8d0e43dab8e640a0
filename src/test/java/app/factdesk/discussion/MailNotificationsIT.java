package app.factdesk.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.factdesk.IntegrationTest;
import app.factdesk.OwnerDatabase;
import app.factdesk.TestMailServer;
import app.factdesk.TestUsers;
import app.factdesk.TwoWorkspaces;
import app.factdesk.claim.ClaimFields;
import app.factdesk.claim.CreateClaim;
import app.factdesk.claim.Priority;
import app.factdesk.security.Role;
import app.factdesk.security.SystemAuthentication;
import app.factdesk.workspace.WorkspaceService;
import app.factdesk.claim.ClaimDetails;
import app.factdesk.claim.ClaimService;
import app.factdesk.security.AccountService;
import app.factdesk.verdict.ProposeVerdict;
import app.factdesk.verdict.RatingScaleService;
import app.factdesk.verdict.SourceService;
import app.factdesk.verdict.VerdictDesk;
import app.factdesk.verdict.VerdictService;
import app.factdesk.verification.NewTask;
import app.factdesk.verification.TaskService;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** E-mail notifications against a real SMTP server (GreenMail) in the test JVM, sent through db-scheduler jobs. */
@IntegrationTest
class MailNotificationsIT {

    @Autowired
    TestUsers users;
    @Autowired
    DiscussionFixture fixture;
    @Autowired
    TestMailServer mailServer;
    @Autowired
    MailPreferenceService preferences;
    @Autowired
    AccountService accounts;
    @Autowired
    CommentService comments;
    @Autowired
    TaskService tasks;
    @Autowired
    ClaimService claims;
    @Autowired
    VerdictService verdicts;
    @Autowired
    SourceService sources;
    @Autowired
    RatingScaleService ratings;
    @Autowired
    MailOutbox outbox;
    @Autowired
    OwnerDatabase owner;
    @Autowired
    TwoWorkspaces workspaces;
    @Autowired
    WorkspaceService workspaceService;

    private DiscussionFixture.Desk desk;
    private ClaimDetails claim;
    private String address;

    @BeforeEach
    void deskWithAClaim() {
        desk = fixture.desk();
        claim = fixture.claim(desk);
        address = desk.checker() + "@newsroom.example";
    }

    @AfterEach
    void signOut() {
        mailServer.reachable();
        TestUsers.signOut();
    }

    /** The desk's checker gives their address and chooses what to get by e-mail. */
    private void checkerWants(boolean digest, NotificationType... kinds) {
        users.signIn(desk.checker());
        accounts.changeOwnEmail(address);
        preferences.saveMine(new MailPreferences(Set.of(kinds), digest));
    }

    private void editorMentionsChecker(String text) {
        users.signIn(desk.editor());
        comments.add(claim.id(), "@" + desk.checker() + " " + text);
    }

    private MimeMessage awaitOneMail() {
        await().atMost(Duration.ofSeconds(30)).until(() -> !mailServer.to(address).isEmpty());
        return mailServer.to(address).get(0);
    }

    private static List<String> parts(MimeMessage message) throws Exception {
        List<String> parts = new ArrayList<>();
        Multipart mixed = (Multipart) message.getContent();
        collect(mixed, parts);
        return parts;
    }

    private static void collect(Multipart multipart, List<String> into) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                collect(nested, into);
            } else {
                into.add(part.getContentType().split(";")[0].strip().toLowerCase() + "\n" + part.getContent());
            }
        }
    }

    private static String part(List<String> parts, String type) {
        return parts.stream().filter(p -> p.startsWith(type + "\n")).findFirst().orElseThrow();
    }

    @Test
    void a_mention_is_mailed_with_a_plain_text_and_an_html_part_linking_to_the_claim() throws Exception {
        checkerWants(false, NotificationType.MENTION);
        editorMentionsChecker("please look at the transcript");

        MimeMessage mail = awaitOneMail();
        assertThat(mail.getSubject()).isEqualTo("Fact Desk: Elias Editor mentioned you: @" + desk.checker()
                + " please look at the transcript");
        List<String> parts = parts(mail);
        String link = "https://desk.example.org/claims/" + claim.id();
        assertThat(part(parts, "text/plain")).contains("Hello Fatima Checker,", "Elias Editor mentioned you",
                "Workspace: Desk B", "Open the claim: " + link);
        assertThat(part(parts, "text/html")).contains("dir=\"ltr\"", "<a href=\"" + link + "\">Open the claim</a>");
    }

    @Test
    void an_arabic_reader_gets_a_right_to_left_mail_in_arabic() throws Exception {
        checkerWants(false, NotificationType.TASK_ASSIGNED);
        accounts.updateOwnProfile("فاطمة", "ar");
        users.signIn(desk.editor());
        tasks.create(new NewTask(claim.id(), "Find the transcript", null, fixture.idOf(desk.checker()), null,
                true));

        MimeMessage mail = awaitOneMail();
        // Names and titles inside Arabic sentences are bidi-isolated (FSI … PDI, ADR 020).
        assertThat(mail.getSubject()).startsWith(
                "مكتب التحقق: \u2068أسند إليك \u2068Elias Editor\u2069 مهمة: \u2068Find the transcript\u2069\u2069");
        List<String> parts = parts(mail);
        assertThat(part(parts, "text/plain")).contains("مرحبًا \u2068فاطمة\u2069،", "افتح الادعاء: https://desk.example.org/claims/");
        assertThat(part(parts, "text/html")).contains("<html lang=\"ar\" dir=\"rtl\">", "<body dir=\"rtl\">");
    }

    @Test
    void nobody_gets_mail_for_a_kind_they_did_not_choose() throws Exception {
        checkerWants(false, NotificationType.TASK_ASSIGNED);
        editorMentionsChecker("this one stays in the bell");
        tasks.create(new NewTask(claim.id(), "Call the ministry", null, fixture.idOf(desk.checker()), null, true));

        MimeMessage mail = awaitOneMail();
        assertThat(mail.getSubject()).contains("Call the ministry");
        assertThat(owner.jdbc().queryForObject("select count(*) from scheduled_tasks where task_name = "
                + "'notification-mail' and task_data is not null and task_instance in (select 'notification-' || id "
                + "from notification where user_id = ? and type = 'MENTION')", Long.class,
                fixture.idOf(desk.checker()))).as("no job for the mention").isZero();
        assertThat(mailServer.to(address)).hasSize(1);
        users.signIn(desk.checker());
        assertThat(preferences.mine()).isEqualTo(new MailPreferences(Set.of(NotificationType.TASK_ASSIGNED), false));
    }

    @Test
    void the_daily_digest_gathers_a_persons_notifications_in_one_mail() throws Exception {
        checkerWants(true, NotificationType.MENTION, NotificationType.TASK_ASSIGNED);
        editorMentionsChecker("first remark");
        editorMentionsChecker("second remark");
        tasks.create(new NewTask(claim.id(), "Check the date", null, fixture.idOf(desk.checker()), null, true));
        long waiting = owner.jdbc().queryForObject("select count(*) from mail_digest_item where user_id = ?",
                Long.class, fixture.idOf(desk.checker()));
        assertThat(waiting).isEqualTo(3);
        assertThat(mailServer.to(address)).as("nothing is sent at once").isEmpty();

        outbox.scheduleDigests();

        MimeMessage mail = awaitOneMail();
        assertThat(mail.getSubject()).isEqualTo("Fact Desk: your daily digest (3)");
        String text = part(parts(mail), "text/plain");
        assertThat(text).contains("Workspace: Desk B", "first remark", "second remark", "Check the date");
        assertThat(text.indexOf("first remark")).isLessThan(text.indexOf("second remark"));
        await().atMost(Duration.ofSeconds(10)).until(() -> owner.jdbc().queryForObject(
                "select count(*) from mail_digest_item where user_id = ?", Long.class,
                fixture.idOf(desk.checker())) == 0);
        assertThat(mailServer.to(address)).hasSize(1);
    }

    @Test
    void a_digest_groups_notifications_from_several_workspaces_under_their_names() throws Exception {
        checkerWants(true, NotificationType.MENTION);
        editorMentionsChecker("from the first desk");
        TwoWorkspaces.Other second = workspaces.createOther();
        SystemAuthentication.runAsSystem(null, () -> workspaceService.addMembership(second.workspaceId(),
                fixture.idOf(desk.checker()), Role.FACT_CHECKER));
        users.signIn(second.adminUsername());
        String quote = "desk B may read";
        int start = "Only desk B may read this.".indexOf(quote);
        long otherClaim = claims.create(new CreateClaim(second.articleId(), start, start + quote.length(), quote,
                new ClaimFields("Only desk B may read it", null, null, Priority.NORMAL, List.of()), null)).id();
        comments.add(otherClaim, "@" + desk.checker() + " from the second desk");

        outbox.scheduleDigests();

        MimeMessage mail = awaitOneMail();
        String text = part(parts(mail), "text/plain").replace("\r\n", "\n");
        String secondName = owner.jdbc().queryForObject("select name from workspace where id = ?", String.class,
                second.workspaceId());
        String firstName = owner.jdbc().queryForObject("select name from workspace where id = ?", String.class,
                desk.desk().workspaceId());
        assertThat(mail.getSubject()).isEqualTo("Fact Desk: your daily digest (2)");
        assertThat(text).contains("Workspace: " + firstName + "\n- Elias Editor mentioned you: @" + desk.checker()
                + " from the first desk", "Workspace: " + secondName + "\n- B admin mentioned you: @" + desk.checker()
                + " from the second desk", "https://desk.example.org/claims/" + otherClaim);
    }

    @Test
    void a_published_verdict_is_mailed_without_the_evidence() throws Exception {
        checkerWants(false, NotificationType.VERDICT_PUBLISHED);
        users.signIn(desk.editor());
        claims.startVerification(claim.id(), claims.find(claim.id()).orElseThrow().version());
        users.signIn(desk.checker());
        long source = sources.add(VerdictDesk.source(claim.id(), "https://example.org/" + UUID.randomUUID()), null)
                .id();
        long verdict = verdicts.propose(new ProposeVerdict(claim.id(), ratings.activeLabels().get(0).id(),
                "The transcript says so.", List.of(source))).id();
        users.signIn(desk.editor());
        verdicts.approve(verdict);
        verdicts.publish(verdict, null);

        MimeMessage mail = awaitOneMail();
        assertThat(mail.getSubject()).isEqualTo("Fact Desk: Your verdict was published: " + claim.statement());
        String all = String.join("\n", parts(mail));
        assertThat(all).doesNotContain("Peskov: there were no contacts", "https://example.org/",
                "Readout of the briefing");
    }

    @Test
    void a_failing_smtp_server_neither_blocks_the_action_nor_loses_the_mail() throws Exception {
        checkerWants(false, NotificationType.MENTION);
        mailServer.unreachable();
        editorMentionsChecker("sent while the mail server is down");
        assertThat(comments.ofClaim(claim.id())).as("the comment is saved").hasSize(1);

        String instance = "notification-" + owner.jdbc().queryForObject("select max(id) from notification where "
                + "user_id = ? and type = 'MENTION'", Long.class, fixture.idOf(desk.checker()));
        await().atMost(Duration.ofSeconds(30)).until(() -> owner.jdbc().queryForObject("select "
                + "coalesce(max(consecutive_failures), 0) from scheduled_tasks where task_name = 'notification-mail' "
                + "and task_instance = ?", Integer.class, instance) >= 1);
        assertThat(mailServer.to(address)).isEmpty();

        mailServer.reachable();
        MimeMessage mail = awaitOneMail();
        assertThat(mail.getSubject()).contains("sent while the mail server is down");
        await().atMost(Duration.ofSeconds(10)).until(() -> owner.jdbc().queryForObject("select count(*) from "
                + "scheduled_tasks where task_instance = ?", Long.class, instance) == 0);
    }
}
