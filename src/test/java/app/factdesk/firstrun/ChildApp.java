package app.factdesk.firstrun;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fact Desk in a child JVM on this test's class path, so that a first run (no accounts, demo data off) is exercised
 * against its own throw-away database without a second Spring context in the test JVM. Output is kept for matching.
 */
final class ChildApp implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private ChildApp(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "child-app-output");
        reader.setDaemon(true);
        reader.start();
    }

    static ChildApp start(Map<String, String> env, String stdin, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-cp", classPath(), "app.factdesk.FactDeskApplication"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        if (stdin != null) {
            process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        process.getOutputStream().close();
        return new ChildApp(process);
    }

    /** Waits for a line matching {@code regex} and returns its first group (or the whole match). */
    String await(String regex, Duration timeout) throws InterruptedException {
        Pattern pattern = Pattern.compile(regex);
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            for (String line : lines) {
                Matcher m = pattern.matcher(line);
                if (m.find()) {
                    return m.groupCount() > 0 ? m.group(1) : m.group();
                }
            }
            if (!process.isAlive() && lines.stream().noneMatch(pattern.asPredicate())) {
                throw new AssertionError("Child exited (" + process.exitValue() + ") before " + regex + ":\n"
                        + output());
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Timed out waiting for " + regex + ":\n" + output());
    }

    int exitCode(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
            throw new AssertionError("Child did not exit:\n" + output());
        }
        Thread.sleep(300);
        return process.exitValue();
    }

    String output() {
        return String.join("\n", lines);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** This JVM's class path, expanded from a manifest-only jar when the test runner uses one. */
    private static String classPath() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            File file = new File(entry);
            String manifestPath = null;
            if (file.isFile() && entry.endsWith(".jar")) {
                try (JarFile jar = new JarFile(file)) {
                    manifestPath = jar.getManifest() == null ? null
                            : jar.getManifest().getMainAttributes().getValue("Class-Path");
                }
            }
            entries.add(entry);
            if (manifestPath != null && file.getName().startsWith("surefirebooter")) {
                for (String url : manifestPath.trim().split("\\s+")) {
                    entries.add(new File(file.getParentFile().toURI().resolve(URI.create(url))).getPath());
                }
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
