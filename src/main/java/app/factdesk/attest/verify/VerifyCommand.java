package app.factdesk.attest.verify;

import app.factdesk.audit.ExportedEvents;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar factdesk.jar verify <file> [--keys keys.json] [--checkpoint cp.json]}: checks an exported report offline, without a
 * database or web server, prints the verdict and returns the exit code (0 valid, 1 invalid, 2 unreadable).
 */
public final class VerifyCommand {

    static final String USAGE = "usage: java -jar factdesk.jar verify <export.json|report.pdf> [--keys factdesk-keys.json]"
            + " [--checkpoint checkpoint.json]";

    private VerifyCommand() {
    }

    public static int run(String[] args, PrintStream out) {
        Path file = null;
        Path keysFile = null;
        Path checkpointFile = null;
        for (int i = 0; i < args.length; i++) {
            if ("--keys".equals(args[i]) && i + 1 < args.length) {
                keysFile = Path.of(args[++i]);
            } else if ("--checkpoint".equals(args[i]) && i + 1 < args.length) {
                checkpointFile = Path.of(args[++i]);
            } else if (file == null && !args[i].startsWith("--")) {
                file = Path.of(args[i]);
            } else {
                out.println(USAGE);
                return Verdict.Outcome.UNREADABLE.exitCode();
            }
        }
        if (file == null) {
            out.println(USAGE);
            return Verdict.Outcome.UNREADABLE.exitCode();
        }
        Verdict verdict = verify(file, keysFile, checkpointFile);
        out.println(verdict.text());
        return verdict.outcome().exitCode();
    }

    static Verdict verify(Path file, Path keysFile) {
        return verify(file, keysFile, null);
    }

    static Verdict verify(Path file, Path keysFile, Path checkpointFile) {
        KeySet keys = null;
        if (keysFile != null) {
            try {
                keys = KeySet.parse(read(keysFile));
            } catch (IOException | IllegalArgumentException e) {
                return Verdict.unreadable("cannot read the keys file " + keysFile + ": " + e.getMessage());
            }
        }
        JsonNode document;
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (PdfVerifier.isPdf(bytes)) {
                return checkpointFile == null ? PdfVerifier.verify(bytes, keys)
                        : Verdict.unreadable("--checkpoint applies to JSON exports; a PDF names its chain head in its "
                                + "signature");
            }
            document = read(file);
        } catch (IOException | IllegalArgumentException e) {
            return Verdict.unreadable("cannot read " + file + ": " + e.getMessage());
        }
        JsonNode checkpoint = null;
        if (checkpointFile != null) {
            try {
                checkpoint = read(checkpointFile);
            } catch (IOException | IllegalArgumentException e) {
                return Verdict.unreadable("cannot read the checkpoint " + checkpointFile + ": " + e.getMessage());
            }
        }
        return ReportVerifier.verify(document, keys, checkpoint);
    }

    private static JsonNode read(Path path) throws IOException {
        return ExportedEvents.parse(Files.readString(path, StandardCharsets.UTF_8));
    }
}
