package app.factdesk.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@IntegrationTest
class EvidenceDownloadIT {

    @Autowired
    VerdictDesk desks;
    @Autowired
    SourceService sources;
    @Autowired
    TestUsers users;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private MockHttpServletResponse download(String username, long sourceId) throws Exception {
        UserDetails user = users.signIn(username);
        TestUsers.signOut();
        return mvc.perform(MockMvcRequestBuilders.get("/evidence/" + sourceId).with(authentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()))))
                .andReturn().getResponse();
    }

    @Test
    void a_member_downloads_the_file_as_an_attachment_that_is_never_sniffed() throws Exception {
        VerdictDesk.Desk desk = desks.create();
        byte[] html = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        long id = users.as(desk.checker(), () -> sources.add(VerdictDesk.source(desk.claimId(),
                "https://example.org/snapshot"), new EvidenceUpload("snapshot \"x\".html", html)).id());

        MockHttpServletResponse response = download(desk.editor(), id);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsByteArray()).isEqualTo(html);
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"snapshot _x_.html\"; filename*=UTF-8''snapshot%20_x_.html");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getContentType()).startsWith("text/html");
    }

    @Test
    void another_workspace_gets_not_found() throws Exception {
        VerdictDesk.Desk desk = desks.create();
        long id = users.as(desk.checker(), () -> sources.add(VerdictDesk.source(desk.claimId(),
                "https://example.org/doc"), new EvidenceUpload("doc.txt", "plain".getBytes(StandardCharsets.UTF_8)))
                .id());
        assertThat(download(TestUsers.ADMIN, id).getStatus()).isEqualTo(404);
    }
}
