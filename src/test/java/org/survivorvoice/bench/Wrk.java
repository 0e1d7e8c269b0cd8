package org.survivorvoice.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The load generator: wrk (Debian package {@code wrk}) run as a process of its own with the script
 * {@code bench/requests.lua}, which sends pre-computed requests (signed webhooks, form posts) or
 * wrk's own GET, and prints its counts and latency percentiles as one JSON line.
 */
final class Wrk {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one wrk run measured. Latencies are wrk's, from sending to the whole answer. */
    record Run(
            String what,
            int connections,
            long requests,
            double seconds,
            long errors,
            String errorKinds,
            double p50Ms,
            double p90Ms,
            double p99Ms,
            double maxMs) {

        double perSecond() {
            return requests / seconds;
        }
    }

    private final Path script;
    private final Path work;

    Wrk(Path work) {
        this.work = work;
        this.script = work.resolve("requests.lua");
        try (InputStream in = Wrk.class.getResourceAsStream("/bench/requests.lua")) {
            Files.createDirectories(work);
            Files.write(script, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether wrk can be run here. */
    static boolean installed() {
        try {
            Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor(10, TimeUnit.SECONDS);
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Threads wrk uses: one per connection up to the machine's processors. */
    static int threads(int connections) {
        return Math.max(1, Math.min(connections, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Runs wrk against {@code url} for {@code seconds} with {@code connections}; {@code requests}
     * is the folder of per-thread request files ({@link RequestFiles}), or null for GETs of the
     * URL. Fails when wrk fails or prints no result.
     */
    Run run(String what, String url, int connections, int seconds, Path requests) {
        List<String> command = new ArrayList<>();
        command.add("wrk");
        command.add("-t" + threads(connections));
        command.add("-c" + connections);
        command.add("-d" + seconds + "s");
        command.add("--timeout");
        command.add("10s");
        command.add("-s");
        command.add(script.toString());
        command.add(url);
        if (requests != null) {
            command.add("--");
            command.add(requests.toAbsolutePath().toString());
        }
        try {
            Path out = work.resolve("wrk-" + what.replaceAll("[^A-Za-z0-9]+", "-") + ".txt");
            Process p =
                    new ProcessBuilder(command)
                            .redirectErrorStream(true)
                            .redirectOutput(out.toFile())
                            .start();
            if (!p.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("wrk did not end: " + what);
            }
            String output = Files.readString(out, StandardCharsets.UTF_8);
            String line =
                    output.lines()
                            .filter(l -> l.startsWith("BENCH-RESULT "))
                            .findFirst()
                            .orElseThrow(
                                    () ->
                                            new IllegalStateException(
                                                    "wrk printed no result for "
                                                            + what
                                                            + " (exit "
                                                            + p.exitValue()
                                                            + "): "
                                                            + output));
            JsonNode r = JSON.readTree(line.substring("BENCH-RESULT ".length()));
            long errors =
                    r.get("errorsConnect").asLong()
                            + r.get("errorsRead").asLong()
                            + r.get("errorsWrite").asLong()
                            + r.get("errorsStatus").asLong()
                            + r.get("errorsTimeout").asLong();
            String kinds =
                    String.format(
                            "%d connect, %d read, %d write, %d status >= 400, %d timeout",
                            r.get("errorsConnect").asLong(),
                            r.get("errorsRead").asLong(),
                            r.get("errorsWrite").asLong(),
                            r.get("errorsStatus").asLong(),
                            r.get("errorsTimeout").asLong());
            return new Run(
                    what,
                    connections,
                    r.get("requests").asLong(),
                    r.get("durationMicros").asLong() / 1e6,
                    errors,
                    kinds,
                    r.get("p50Micros").asLong() / 1e3,
                    r.get("p90Micros").asLong() / 1e3,
                    r.get("p99Micros").asLong() / 1e3,
                    r.get("maxMicros").asLong() / 1e3);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
