package app.factdesk.attest;

import app.factdesk.attest.verify.Timestamps;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a PDF as PAdES baseline B-B (ETSI EN 319 142-1): an incremental update adds a signature dictionary with
 * sub-filter {@code ETSI.CAdES.detached}, whose CMS SignedData (ECDSA P-256, SHA-256) carries the signing certificate
 * and its ESS signing-certificate-v2 attribute, and no CMS signing-time (the time is the dictionary's {@code M}).
 * With a time-stamping authority, the signer info gets a signature timestamp token (baseline B-T).
 */
final class PdfSigner {

    private static final int SIGNATURE_SPACE = 24 * 1024;

    private PdfSigner() {
    }

    /**
     * Reads the PDF from its file as PDFBox needs it (objects are parsed when touched), and streams the signed bytes
     * through the digest: neither the file nor the signed content is held in memory whole (ADR 023).
     */
    static void sign(java.nio.file.Path pdf, SigningKeys.DocumentKey key, String manifest, Instant at,
            Function<byte[], byte[]> timestamp, OutputStream out) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile(), IOUtils.createTempFileOnlyStreamCache());
                SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName("Fact Desk (" + key.keyId() + ")");
            signature.setReason("Audit report exported from Fact Desk" + (manifest == null ? "" : "; " + manifest));
            Calendar when = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(at.toEpochMilli());
            signature.setSignDate(when);
            options.setPreferredSignatureSize(SIGNATURE_SPACE);
            document.addSignature(signature, content -> cms(content, key, timestamp), options);
            document.saveIncremental(out);
        }
    }

    private static byte[] cms(InputStream content, SigningKeys.DocumentKey key, Function<byte[], byte[]> timestamp)
            throws IOException {
        try {
            X509Certificate certificate = key.certificate();
            X509CertificateHolder holder = new JcaX509CertificateHolder(certificate);
            ESSCertIDv2 certId = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                    MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()),
                    new IssuerSerial(new GeneralNames(new GeneralName(holder.getIssuer())),
                            holder.getSerialNumber()));
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId}))));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new WithoutSigningTime(new AttributeTable(attributes)))
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(key.privateKey()), certificate));
            generator.addCertificates(new JcaCertStore(List.of(certificate)));
            CMSSignedData signed = generator.generate(new ReadOnce(content), false);
            if (timestamp != null) {
                signed = stamped(signed, timestamp);
            }
            return signed.getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("Cannot sign the PDF report", e);
        }
    }

    private static CMSSignedData stamped(CMSSignedData signed, Function<byte[], byte[]> timestamp)
            throws IOException {
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        byte[] token = timestamp.apply(Timestamps.imprint(signer.getSignature()));
        ASN1EncodableVector unsigned = new ASN1EncodableVector();
        unsigned.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(ASN1Primitive.fromByteArray(token))));
        SignerInformation withToken = SignerInformation.replaceUnsignedAttributes(signer,
                new AttributeTable(unsigned));
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(withToken));
    }

    /**
     * The signed byte ranges, read once into the digest as the signature is made (a detached signature does not
     * carry them), rather than copied into memory first.
     */
    private static final class ReadOnce implements CMSTypedData {
        private final InputStream content;

        ReadOnce(InputStream content) {
            this.content = content;
        }

        @Override
        public org.bouncycastle.asn1.ASN1ObjectIdentifier getContentType() {
            return org.bouncycastle.asn1.cms.CMSObjectIdentifiers.data;
        }

        @Override
        public void write(OutputStream out) throws IOException {
            content.transferTo(out);
        }

        /** Not null: BouncyCastle digests the content only when there is some (null means "digested elsewhere"). */
        @Override
        public Object getContent() {
            return content;
        }
    }

    /** PAdES keeps the claimed signing time in the signature dictionary; the CMS signing-time attribute must go. */
    private static final class WithoutSigningTime extends DefaultSignedAttributeTableGenerator {

        WithoutSigningTime(AttributeTable attributes) {
            super(attributes);
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        protected Hashtable createStandardAttributeTable(Map parameters) {
            Hashtable table = super.createStandardAttributeTable(parameters);
            table.remove(CMSAttributes.signingTime);
            return table;
        }
    }
}
