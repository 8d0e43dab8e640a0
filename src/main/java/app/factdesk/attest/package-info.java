/**
 * Verifiable exports (ADR 018): the installation's Ed25519 signing keys (private keys sealed under a key-encryption
 * key, public keys published at {@code /.well-known/factdesk-keys.json}, rotated by admins), detached signatures over
 * exported reports, and the verifier ({@code verify} package) that needs nothing but the file and the public keys —
 * used by {@code java -jar factdesk.jar verify} and by the {@code /verify} page.
 */
package app.factdesk.attest;
