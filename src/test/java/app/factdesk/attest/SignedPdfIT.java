package app.factdesk.attest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.factdesk.IntegrationTest;
import app.factdesk.TestUsers;
import app.factdesk.attest.verify.Timestamps;
import app.factdesk.attest.verify.Verdict;
import app.factdesk.report.ExportKind;
import app.factdesk.report.ExportRequest;
import app.factdesk.shared.UserFacingException;
import app.factdesk.verdict.VerdictDesk;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Selector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The PDF report is signed as a PDF (PAdES B-B) that PDFBox and BouncyCastle validate, any changed byte breaks it; with
 * a time-stamping authority configured, the PDF and the JSON signatures carry RFC 3161 tokens that validate against
 * that authority, and an authority that does not answer stops the export with a plain message.
 */
@IntegrationTest
class SignedPdfIT {

    @Autowired
    SignedExports exports;
    @Autowired
    AttestationService attestation;
    @Autowired
    TestUsers users;
    @Autowired
    app.factdesk.security.ApiTokenService tokens;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @AfterEach
    void reset() {
        users.as(TestUsers.ADMIN, () -> {
            attestation.setTimestampUrl(null);
            return null;
        });
        TestUsers.signOut();
    }

    @Test
    void the_pdf_report_carries_a_pades_signature_over_the_whole_file_by_the_published_certificate() throws Exception {
        VerdictDesk.Desk desk = exports.desk();
        byte[] pdf = pdfOf(desk);

        Signed signed = signed(pdf);

        assertThat(signed.dictionary.getFilter()).isEqualTo("Adobe.PPKLite");
        assertThat(signed.dictionary.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
        assertThat(signed.dictionary.getReason()).contains("chain head");
        int[] range = signed.dictionary.getByteRange();
        assertThat(range[0]).isZero();
        assertThat((long) range[2] + range[3]).as("the signature covers everything but itself").isEqualTo(pdf.length);
        assertThat(signed.valid()).isTrue();
        assertThat(signed.certificate).isEqualTo(attestation.documentCertificates().get(0));
        assertThat(signed.signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2))
                .as("PAdES B-B binds the signing certificate").isNotNull();
        assertThat(signed.signer.getSignedAttributes().get(CMSAttributes.signingTime))
                .as("PAdES keeps the time in the dictionary, not in CMS").isNull();
        assertThat(signed.signer.getUnsignedAttributes()).isNull();

        byte[] changed = pdf.clone();
        int inside = range[1] / 2;
        changed[inside] = (byte) (changed[inside] == 'a' ? 'b' : 'a');
        assertThat(signed(changed).valid()).as("one changed byte breaks the signature").isFalse();

        Verdict verdict = attestation.verify(pdf);
        assertThat(verdict.valid()).as(verdict.text()).isTrue();
        assertThat(verdict.text()).startsWith("valid: signed PDF (Audit report exported from Fact Desk; chain head ")
                .contains("signed by key fd-pdf-");
        Verdict tampered = attestation.verify(changed);
        assertThat(tampered.outcome()).isNotEqualTo(Verdict.Outcome.VALID);
        byte[] appended = java.util.Arrays.copyOf(pdf, pdf.length + 20);
        System.arraycopy("\n% added later\n".getBytes(), 0, appended, pdf.length, 15);
        assertThat(attestation.verify(appended).reason()).contains("does not cover the whole file");
    }

    @Test
    void the_offline_verifier_checks_a_pdf_against_the_published_certificates() throws Exception {
        VerdictDesk.Desk desk = exports.desk();
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("pdf-verify");
        java.nio.file.Path pdf = java.nio.file.Files.write(dir.resolve("report.pdf"), pdfOf(desk));
        java.nio.file.Path keys = java.nio.file.Files.writeString(dir.resolve("keys.json"),
                attestation.publishedKeys().toJson().toString());
        java.nio.file.Path strangers = java.nio.file.Files.writeString(dir.resolve("other-keys.json"),
                "{\"keys\":[]}");

        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        int valid = app.factdesk.attest.verify.VerifyCommand.run(new String[] {pdf.toString(), "--keys",
                keys.toString()}, new java.io.PrintStream(printed, true));
        java.io.ByteArrayOutputStream refused = new java.io.ByteArrayOutputStream();
        int invalid = app.factdesk.attest.verify.VerifyCommand.run(new String[] {pdf.toString(), "--keys",
                strangers.toString()}, new java.io.PrintStream(refused, true));

        assertThat(valid).as(printed.toString()).isZero();
        assertThat(printed.toString()).contains("signed by key fd-pdf-").doesNotContain("warning");
        assertThat(invalid).isEqualTo(1);
        assertThat(refused.toString()).contains("not among the desk's published keys");
    }

    @Test
    void only_installation_admins_set_the_timestamp_authority_and_a_bad_address_is_refused() {
        VerdictDesk.Desk desk = exports.desk();

        assertThatThrownBy(() -> users.as(desk.admin(), () -> {
            attestation.setTimestampUrl("https://tsa.example.org/");
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(TestUsers.ADMIN, () -> {
            attestation.setTimestampUrl("ftp://tsa.example.org/");
            return null;
        })).isInstanceOf(UserFacingException.class).hasMessage("attest.tsa-url-invalid");
        assertThat(attestation.timestampUrl()).isEmpty();
    }

    @Test
    void with_a_timestamp_authority_both_signatures_carry_tokens_that_validate_and_a_moved_token_is_caught()
            throws Exception {
        VerdictDesk.Desk desk = exports.desk();
        try (TestTimestampAuthority tsa = new TestTimestampAuthority()) {
            users.as(TestUsers.ADMIN, () -> {
                attestation.setTimestampUrl(tsa.url());
                return null;
            });

            byte[] pdfBytes = pdfOf(desk);
            Signed pdf = signed(pdfBytes);
            byte[] json = exports.rangeReport(desk);
            Verdict verdict = attestation.verify(json);

            assertThat(tsa.requests()).isEqualTo(2);
            assertThat(pdf.valid()).isTrue();
            Attribute stamp = pdf.signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
            assertThat(stamp).as("PAdES B-T: a signature timestamp").isNotNull();
            TimeStampToken pdfToken = new TimeStampToken(new CMSSignedData(
                    stamp.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
            pdfToken.validate(tsa.verifier());
            assertThat(pdfToken.getTimeStampInfo().getMessageImprintDigest())
                    .isEqualTo(Timestamps.imprint(pdf.signer.getSignature()));

            assertThat(verdict.valid()).as(verdict.text()).isTrue();
            assertThat(verdict.text()).contains("timestamped on ").contains("by " + TestTimestampAuthority.NAME);
            assertThat(attestation.verify(pdfBytes).text()).contains("timestamped on ")
                    .contains("by " + TestTimestampAuthority.NAME);
            ObjectNode document = exports.parse(json);
            TimeStampToken jsonToken = new TimeStampToken(new CMSSignedData(java.util.Base64.getDecoder()
                    .decode(document.get("signature").get("timestamp").textValue())));
            jsonToken.validate(tsa.verifier());

            ((ObjectNode) document.get("signature")).put("timestamp",
                    java.util.Base64.getEncoder().encodeToString(pdfToken.getEncoded()));
            Verdict moved = attestation.verify(exports.write(document));
            assertThat(moved.outcome()).isEqualTo(Verdict.Outcome.INVALID);
            assertThat(moved.reason()).contains("was made for other bytes than this signature");
        }
    }

    @Test
    void an_authority_that_does_not_answer_stops_the_export_with_a_plain_message() throws Exception {
        VerdictDesk.Desk desk = exports.desk();
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        users.as(TestUsers.ADMIN, () -> {
            attestation.setTimestampUrl("http://127.0.0.1:" + closedPort + "/tsa");
            return null;
        });

        assertThatThrownBy(() -> exports.rangeReport(desk)).isInstanceOf(UserFacingException.class)
                .hasMessage("attest.timestamp-failed");

        // Over HTTP, as a script with a token asks: the streamed JSON report and the PDF are signed before their first
        // byte goes out, so the answer is the message, not a truncated attachment.
        String token = users.as(desk.editor(), () -> tokens.create("tsa down").secret());
        for (String file : List.of("report.json", "report.pdf")) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://localhost:" + port + "/api/v1/exports/articles/" + desk.other().articleId() + "/" + file))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(file).isEqualTo(422);
            assertThat(response.headers().firstValue("Content-Disposition")).as(file).isEmpty();
            assertThat(response.headers().firstValue("Content-Type")).as(file).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/json"));
            assertThat(response.body()).as(file).contains("attest.timestamp-failed");
        }
    }

    private byte[] pdfOf(VerdictDesk.Desk desk) {
        return exports.download(desk.editor(), ExportRequest.ofArticle(ExportKind.PDF, desk.other().articleId()));
    }

    /** The one signature of a PDF, checked as a reader would: CMS over the byte range, by the embedded certificate. */
    private static Signed signed(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            assertThat(signatures).hasSize(1);
            PDSignature dictionary = signatures.get(0);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(dictionary.getSignedContent(pdf)),
                    new java.io.ByteArrayInputStream(dictionary.getContents(pdf)));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates()
                    .getMatches((Selector<X509CertificateHolder>) (Selector<?>) signer.getSID());
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
            boolean valid;
            try {
                valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
            } catch (org.bouncycastle.cms.CMSException mismatch) {
                valid = false;
            }
            return new Signed(dictionary, signer, certificate, valid);
        }
    }

    private record Signed(PDSignature dictionary, SignerInformation signer, X509Certificate certificate,
            boolean valid) {
    }
}
