package vn.tonghop.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The packaged program running as a real child process, started the way README's nightly recipes start it: the
 * unpacked jar with its class-data-sharing archive (system property {@code tonghop.app}, set by failsafe), else the
 * single {@code tonghop.jar} (property {@code tonghop.jar}). It runs in a working folder of the test's choosing. Its stdout and stderr go to UTF-8 files outside that folder,
 * so a test can assert that the process wrote nothing there. Close it to kill what is still running.
 */
public final class TonghopProcess implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private TonghopProcess(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Starts {@code java -jar tonghop.jar args...} in {@code workingFolder}. */
    public static TonghopProcess start(Path workingFolder, String... args) throws IOException {
        return start(workingFolder, List.of(), args);
    }

    /** The same, with JVM options such as {@code -Dtonghop.crash-test.pause=consolidate.before}. */
    public static TonghopProcess start(Path workingFolder, List<String> jvmOptions, String... args)
            throws IOException {
        return start(workingFolder, jvmOptions, environment -> { }, args);
    }

    /**
     * The same under the locale {@code lang} alone, as cron and systemd start a program: LANG set, every LC_*
     * variable removed (LC_ALL or LC_CTYPE would override LANG).
     */
    public static TonghopProcess startUnderLocale(Path workingFolder, String lang, String... args)
            throws IOException {
        return start(workingFolder, List.of(), environment -> {
            environment.keySet().removeIf(name -> name.startsWith("LC_"));
            environment.put("LANG", lang);
        }, args);
    }

    /** The JVM's last options: the archive when the build made one, then {@code -jar} and the jar. */
    private static List<String> launch() {
        String app = System.getProperty("tonghop.app");
        if (app != null && Files.isRegularFile(Path.of(app, "tonghop.jar"))) {
            Path folder = Path.of(app).toAbsolutePath();
            return List.of("-XX:SharedArchiveFile=" + folder.resolve("tonghop.jsa"), "-Xlog:cds=off",
                    "-jar", folder.resolve("tonghop.jar").toString());
        }
        String jar = System.getProperty("tonghop.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("system property tonghop.jar must name the packaged jar (run with "
                    + "'mvn verify'), not " + jar);
        }
        return List.of("-jar", Path.of(jar).toAbsolutePath().toString());
    }

    private static TonghopProcess start(Path workingFolder, List<String> jvmOptions,
                                        Consumer<Map<String, String>> environment, String... args)
            throws IOException {
        List<String> launch = launch();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8",
                // a quick start matters more to these tests than peak speed
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(jvmOptions);
        command.addAll(launch);
        command.addAll(List.of(args));
        Path stdout = Files.createTempFile("tonghop-", ".stdout.txt");
        Path stderr = Files.createTempFile("tonghop-", ".stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command);
        environment.accept(builder.environment());
        Process process = builder
                .directory(workingFolder.toFile())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        return new TonghopProcess(process, stdout, stderr);
    }

    /** @return true when the process ended within {@code timeout} */
    public boolean waitFor(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The exit code; the process must have ended ({@link #waitFor}). */
    public int exitCode() {
        if (process.isAlive()) {
            throw new IllegalStateException("the process is still running:\n" + output());
        }
        return process.exitValue();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** What it printed on stdout so far (the console log lines and the run summaries). */
    public String stdout() {
        return read(stdout);
    }

    public String stderr() {
        return read(stderr);
    }

    /** Both streams, for assertion messages. */
    public String output() {
        return "--- stdout ---\n" + stdout() + "--- stderr ---\n" + stderr();
    }

    /** Waits until stdout or stderr contains {@code text}; fails if the process ends or time runs out first. */
    public void awaitOutput(String text, Duration timeout) throws InterruptedException {
        await(() -> stdout().contains(text) || stderr().contains(text), timeout, "output '" + text + "'");
    }

    /** Waits until {@code condition} holds; fails with the process's output if the process ends or time runs out. */
    public void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (!process.isAlive() && !condition.getAsBoolean()) {
                throw new AssertionError("the process ended (exit " + process.exitValue() + ") before " + what
                        + "\n" + output());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " within " + timeout + "\n" + output());
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** SIGTERM (Ctrl+C's equivalent): shutdown hooks run. */
    public void terminate() {
        process.destroy();
    }

    /** kill -9: no shutdown hook, no cleanup, as a power cut or the Task Manager's "End task". */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            kill();
        }
        Files.deleteIfExists(stdout);
        Files.deleteIfExists(stderr);
    }

    private static String read(Path file) {
        try {
            // a line being written may end in half a character: replaced, not an error
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
