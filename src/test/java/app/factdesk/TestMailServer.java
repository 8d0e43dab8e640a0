package app.factdesk;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * A real SMTP server (GreenMail) in the test JVM, started on a free port when the shared test context starts; the
 * application's mail sender is pointed at it. Tests can make the SMTP server unreachable for a while, or make the
 * installation look as if no SMTP server were configured.
 */
@Component
@ConditionalOnProperty("spring.mail.host") // the test configuration; not in child apps started from the tests
public class TestMailServer implements DisposableBean {

    private final GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private final JavaMailSenderImpl sender;
    private final int port;

    TestMailServer(JavaMailSenderImpl sender) {
        this.sender = sender;
        greenMail.start();
        this.port = greenMail.getSmtp().getPort();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
    }

    /** Every message received so far for this address. */
    public List<MimeMessage> to(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> sentTo(m, address)).toList();
    }

    /** From now on the sender reaches no SMTP server (connections refused) until {@link #reachable()}. */
    public void unreachable() {
        try (ServerSocket closed = new ServerSocket(0)) {
            sender.setPort(closed.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void reachable() {
        sender.setHost("127.0.0.1");
        sender.setPort(port);
    }

    /** As if {@code spring.mail.host} were not set, until {@link #reachable()}. */
    public void unconfigured() {
        sender.setHost(null);
    }

    @Override
    public void destroy() {
        greenMail.stop();
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
