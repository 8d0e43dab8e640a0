/**
 * The offline verifier of signed exports: plain Java with no Spring, no database and no web server, so that
 * {@code java -jar factdesk.jar verify <file>} and the {@code /verify} page run the same checks (ADR 018).
 */
@org.springframework.modulith.NamedInterface("verify")
package app.factdesk.attest.verify;
