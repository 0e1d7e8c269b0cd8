package org.survivorvoice.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
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
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}, prod profile) run as a
 * process of its own on a free loopback port, configured only through environment variables and
 * {@code -D} properties, its stdout and stderr captured to one file for diagnosis and for checks
 * that nothing secret was logged. For integration tests ({@code *IT}) run by failsafe after {@code
 * package}.
 */
public final class PackagedApp {

    /** Where {@code package} puts the runnable application. */
    public static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final int managementPort;
    private final Process process;
    private final Path log;

    private PackagedApp(String name, int port, int managementPort, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts the jar with {@code dir} as its working folder (so its {@code data/} lands there) and
     * its output in {@code dir/<name>.log}. The environment is this JVM's without any {@code
     * QUARKUS_*} or {@code SURVIVOR_VOICE_*} variable, plus {@code env}; {@code properties} become
     * {@code -D} options. The HTTP and management ports are chosen here and bound to loopback only.
     * Settings production requires that no test cares about get defaults: {@code
     * SURVIVOR_VOICE_PUBLIC_BASE_URL} is the instance's own address unless {@code env} names one
     * (an empty value in {@code env} leaves it missing). The database URL and vault keys come from
     * {@link PackagedAppDatabase#environment()}.
     */
    public static PackagedApp start(
            String name, Path dir, Map<String, String> env, Map<String, String> properties) {
        try {
            Files.createDirectories(dir);
            int port = freePort();
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            // small heaps and C1 only: two instances share the machine with the database and tests
            command.add("-Xmx384m");
            command.add("-XX:TieredStopAtLevel=1");
            command.add("-Dquarkus.http.host=127.0.0.1");
            command.add("-Dquarkus.http.port=" + port);
            int managementPort = freePort();
            command.add("-Dquarkus.management.host=127.0.0.1");
            command.add("-Dquarkus.management.port=" + managementPort);
            properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
            command.add("-jar");
            command.add(JAR.toAbsolutePath().toString());
            Path log = dir.resolve(name + ".log");
            ProcessBuilder builder =
                    new ProcessBuilder(command)
                            .directory(dir.toFile())
                            .redirectErrorStream(true)
                            .redirectOutput(log.toFile());
            // a developer's own settings must not leak into the instance under test
            builder.environment()
                    .keySet()
                    .removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("SURVIVOR_VOICE_"));
            builder.environment().putAll(env);
            // production refuses to start without its public URL (ProductionSettings): by default
            // the instance's own address; a -D survivor-voice.public-base-url still wins
            builder.environment()
                    .putIfAbsent("SURVIVOR_VOICE_PUBLIC_BASE_URL", "http://127.0.0.1:" + port);
            Process process = builder.start();
            // a test JVM ended early (timeout, Ctrl-C) must not leave instances holding ports
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            return new PackagedApp(name, port, managementPort, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return name;
    }

    /** E.g. {@code http://127.0.0.1:41234}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** A JSON request to this instance as the staff user (password {@link Fixtures#PASSWORD}). */
    public RequestSpecification as(String user) {
        return given().baseUri(baseUrl())
                .auth()
                .preemptive()
                .basic(user, Fixtures.PASSWORD)
                .contentType(ContentType.JSON);
    }

    /** The file holding the process's stdout and stderr. */
    public Path log() {
        return log;
    }

    /** What the process has written so far. */
    public String logText() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Whether {@code /q/health/ready} on the management port answers 200 now. */
    public boolean ready() {
        try {
            HttpRequest request =
                    HttpRequest.newBuilder(
                                    URI.create(
                                            "http://127.0.0.1:"
                                                    + managementPort
                                                    + "/q/health/ready"))
                            .timeout(Duration.ofSeconds(5))
                            .GET()
                            .build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits until the instance is ready; fails at once, with its log, when the process ends. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        name + " not ready after " + timeout + "; see " + log);
            }
            Thread.sleep(250);
        }
    }

    /**
     * Waits for the process to end on its own, as one refused at start does; returns its exit
     * status. Fails when it is still running after {@code timeout}.
     */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(
                    name + " still running after " + timeout + "; see " + log);
        }
        return process.exitValue();
    }

    /** Asks the process to shut down (SIGTERM) and waits for it; kills it after 30 s. */
    public void stop() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /**
     * Ends the process at once, as {@code kill -9} or a node failing does (SIGKILL on Linux): no
     * shutdown hook, no request finished, no transaction committed that was not already.
     */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " still alive 10 s after SIGKILL");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
