/**
 * Evidence snapshots (ADR 026): a source's URL captured in the background into WARC 1.1 records with its readable
 * text and a SHA-256, through an HTTP client that checks and pins every address it connects to (SSRF rules), run as
 * db-scheduler jobs (ADR 025), replayed as a static, sandboxed document.
 */
@org.springframework.modulith.NamedInterface("snapshot")
package app.factdesk.verdict.snapshot;
