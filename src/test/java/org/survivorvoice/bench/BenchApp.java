package org.survivorvoice.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}, prod profile) started for
 * the benchmark, in a process of its own. Unlike {@code testing.PackagedApp}, which keeps instances
 * small (384 MB, C1 only) so that several share the machine with tests, this runs one instance as
 * production would: the full JIT, a heap the workbook fits in, and a Flight Recording ({@code
 * app.jfr}, written at exit) from which the peak heap is read. Settings come only from the
 * environment and {@code -D} options; the developer's own {@code QUARKUS_*} and {@code
 * SURVIVOR_VOICE_*} variables are dropped.
 */
final class BenchApp {

    static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final int port;
    private final int managementPort;
    private final Process process;
    private final Path log;
    private final Path dir;
    private final long startedNanos;

    private BenchApp(
            int port, int managementPort, Process process, Path log, Path dir, long startedNanos) {
        this.port = port;
        this.managementPort = managementPort;
        this.process = process;
        this.log = log;
        this.dir = dir;
        this.startedNanos = startedNanos;
    }

    /** Starts the jar in {@code dir} with {@code heap} (e.g. "1g") as its maximum heap. */
    static BenchApp start(
            String name,
            Path dir,
            String heap,
            Map<String, String> env,
            Map<String, String> properties) {
        try {
            Files.createDirectories(dir);
            int port = freePort();
            int managementPort = freePort();
            Path log = dir.resolve(name + ".log");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx" + heap);
            command.add("-Dquarkus.http.host=127.0.0.1");
            command.add("-Dquarkus.http.port=" + port);
            command.add("-Dquarkus.management.host=127.0.0.1");
            command.add("-Dquarkus.management.port=" + managementPort);
            properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
            command.add("-jar");
            command.add(JAR.toAbsolutePath().toString());
            ProcessBuilder builder =
                    new ProcessBuilder(command)
                            .directory(dir.toFile())
                            .redirectErrorStream(true)
                            .redirectOutput(log.toFile());
            builder.environment()
                    .keySet()
                    .removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("SURVIVOR_VOICE_"));
            builder.environment().putAll(env);
            long started = System.nanoTime();
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            return new BenchApp(port, managementPort, process, log, dir, started);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    /** Starts a Flight Recording (JFR's default settings) in the running process. */
    void startRecording() {
        jcmd("JFR.start", "name=bench", "settings=default");
    }

    /** Stops the recording, writes it to {@code <dir>/<name>.jfr} and answers that file. */
    Path stopRecording(String name) {
        Path file = dir.resolve(name + ".jfr").toAbsolutePath();
        jcmd("JFR.stop", "name=bench", "filename=" + file);
        if (!Files.exists(file)) {
            throw new IllegalStateException("no Flight Recording written to " + file);
        }
        return file;
    }

    private void jcmd(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        command.add(String.valueOf(process.pid()));
        command.addAll(List.of(arguments));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(
                        "jcmd " + String.join(" ", arguments) + ": " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String logText() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until {@code /q/health/ready} answers 200, polling every 20 ms; answers the time from
     * the process's start to that answer. Fails, naming the log, when the process ends first.
     */
    Duration awaitReady(Duration timeout) throws InterruptedException {
        URI ready = URI.create(managementUrl() + "/q/health/ready");
        long deadline = startedNanos + timeout.toNanos();
        while (true) {
            try {
                HttpResponse<Void> r =
                        HTTP.send(
                                HttpRequest.newBuilder(ready)
                                        .timeout(Duration.ofSeconds(5))
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - startedNanos);
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the application exited with " + process.exitValue() + "; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not ready after " + timeout + "; see " + log);
            }
            Thread.sleep(20);
        }
    }

    /** SIGTERM and wait; SIGKILL after 60 s. */
    void stop() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
