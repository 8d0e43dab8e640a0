package app.factdesk.attest.verify;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Selector;

/**
 * Checks a signed PDF report (ADR 018) as a PDF reader does, and a little more: the last signature must cover the
 * whole file (nothing appended after signing), its CMS signature must hold over the signed bytes with the certificate
 * it carries, and with the desk's published keys that certificate must be one of the desk's PDF signing certificates,
 * valid when the PDF says it was signed. A signature timestamp, if present, must be over this signature.
 */
public final class PdfVerifier {

    private PdfVerifier() {
    }

    /** True if {@code file} looks like a PDF (its header). */
    public static boolean isPdf(byte[] file) {
        return file.length >= 5 && file[0] == '%' && file[1] == 'P' && file[2] == 'D' && file[3] == 'F'
                && file[4] == '-';
    }

    public static Verdict verify(byte[] pdf, KeySet keys) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return Verdict.invalid(null, "the PDF carries no signature");
            }
            PDSignature signature = signatures.get(signatures.size() - 1);
            int[] range = signature.getByteRange();
            if (range.length != 4 || range[0] != 0 || (long) range[2] + range[3] != pdf.length) {
                return Verdict.invalid(null, "the PDF's signature does not cover the whole file: it was changed or "
                        + "added to after signing");
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                    new ByteArrayInputStream(signature.getContents(pdf)));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates()
                    .getMatches((Selector<X509CertificateHolder>) (Selector<?>) signer.getSID());
            if (matches.isEmpty()) {
                return Verdict.invalid(null, "the PDF's signature does not carry its certificate");
            }
            X509CertificateHolder holder = matches.iterator().next();
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
            boolean intact;
            try {
                intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
            } catch (CMSException mismatch) {
                intact = false;
            }
            if (!intact) {
                return Verdict.invalid(null, "the PDF's signature does not match its content: the file was changed "
                        + "after signing");
            }
            Instant signedAt = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
            if (signedAt == null) {
                return Verdict.invalid(null, "the PDF's signature carries no signing time");
            }
            String keyId = holder.getSubject().toString();
            if (keys != null) {
                Optional<KeySet.PublishedCertificate> published = keys.certificate(certificate.getEncoded());
                if (published.isEmpty()) {
                    return Verdict.invalid(null, "the PDF is signed by a certificate that is not among the desk's "
                            + "published keys (" + keyId + ")");
                }
                if (!published.get().covers(signedAt)) {
                    return Verdict.invalid(null, "key " + published.get().keyId() + " was not the desk's PDF signing "
                            + "key on " + signedAt);
                }
                keyId = published.get().keyId();
            }
            Verdict verdict = Verdict.validPdf(keyId, signedAt.toString(), keys != null, signature.getReason());
            if (signer.getUnsignedAttributes() != null && signer.getUnsignedAttributes()
                    .get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken) != null) {
                byte[] token = signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken)
                        .getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded();
                Timestamps.Result stamped = Timestamps.check(token, signer.getSignature());
                if (stamped.failure() != null) {
                    return stamped.failure();
                }
                verdict = verdict.withNotes(stamped.notes());
            }
            return verdict;
        } catch (IOException | CMSException | CertificateException | OperatorCreationException
                | RuntimeException e) {
            return Verdict.unreadable("not a signed PDF that can be read (" + e.getMessage() + ")");
        }
    }
}
