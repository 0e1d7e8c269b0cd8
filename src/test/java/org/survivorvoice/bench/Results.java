package org.survivorvoice.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one benchmark run, each with its target (if the issue sets one), whether it was
 * met, and its ratios to the ceilings; written as {@code results.json}, {@code results.md} and the
 * README's performance section ({@code readme-section.md}). A missed target is reported, never
 * thrown: figures on a shared machine are read, not asserted.
 */
final class Results {

    /** A target: the figure must be at most (or at least) the bound. */
    record Target(String text, boolean atMost, double bound) {

        static Target below(double bound, String unit) {
            return new Target("< " + format(bound) + " " + unit, true, bound);
        }

        static Target atLeast(double bound, String unit) {
            return new Target(">= " + format(bound) + " " + unit, false, bound);
        }

        boolean met(double value) {
            return atMost ? value < bound : value >= bound;
        }
    }

    /** One figure. {@code met} is null without a target. */
    record Figure(
            String what,
            double value,
            String unit,
            String target,
            Boolean met,
            Map<String, Double> ratios,
            String how) {}

    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, Double> stepSeconds = new LinkedHashMap<>();
    private final Map<String, Object> notes = new LinkedHashMap<>();
    private final String date = LocalDate.now(ZoneOffset.UTC).toString();

    Figure add(String what, double value, String unit, Target target, String how) {
        return add(what, value, unit, target, Map.of(), how);
    }

    Figure add(
            String what,
            double value,
            String unit,
            Target target,
            Map<String, Double> ratios,
            String how) {
        Figure f =
                new Figure(
                        what,
                        value,
                        unit,
                        target == null ? null : target.text(),
                        target == null ? null : target.met(value),
                        new LinkedHashMap<>(ratios),
                        how);
        figures.add(f);
        System.out.printf(
                "[bench] %s: %s %s%s%s%n",
                what,
                format(value),
                unit,
                target == null ? "" : " (target " + target.text() + ": " + metText(f) + ")",
                ratios.isEmpty() ? "" : "; " + ratioText(f.ratios()));
        return f;
    }

    /** How long a step of the run took (where the run's time goes). */
    void step(String what, double seconds) {
        stepSeconds.merge(what, seconds, Double::sum);
        System.out.printf("[bench] step %s: %.1f s%n", what, seconds);
    }

    /** Anything else worth keeping in the results (statement shapes, machine, settings). */
    void note(String key, Object value) {
        notes.put(key, value);
    }

    List<Figure> figures() {
        return figures;
    }

    /** Writes results.json, results.md and readme-section.md into {@code dir}. */
    void write(Path dir) {
        try {
            Files.createDirectories(dir);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("date", date);
            json.put("machine", machine());
            json.put("figures", figures);
            json.put("stepSeconds", stepSeconds);
            json.put("notes", notes);
            new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(dir.resolve("results.json").toFile(), json);
            String md = markdown();
            Files.writeString(dir.resolve("results.md"), md, StandardCharsets.UTF_8);
            Files.writeString(
                    dir.resolve("readme-section.md"), readmeSection(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Processors, memory and load average of this machine now. */
    static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("processors", Runtime.getRuntime().availableProcessors());
        long memory = 0;
        if (ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            memory = os.getTotalMemorySize();
        }
        m.put("memoryGb", Math.round(memory / (1024.0 * 1024 * 1024)));
        m.put("loadAverage", loadAverage());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("java", System.getProperty("java.version"));
        return m;
    }

    static double loadAverage() {
        return Math.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() * 10)
                / 10.0;
    }

    String markdown() {
        Map<String, Object> machine = machine();
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results\n\n");
        md.append(
                String.format(
                        Locale.ROOT,
                        "%s, %s processors, %s GB, %s, Java %s; load average %s when written.%n%n",
                        date,
                        machine.get("processors"),
                        machine.get("memoryGb"),
                        machine.get("os"),
                        machine.get("java"),
                        machine.get("loadAverage")));
        md.append(table());
        md.append("\n").append(stepsTable());
        if (!notes.isEmpty()) {
            md.append("\n## Notes\n\n");
            notes.forEach(
                    (k, v) -> md.append("- **").append(k).append("**: ").append(v).append('\n'));
        }
        return md.toString();
    }

    /** The README's performance section: the same tables under a heading with date and machine. */
    String readmeSection() {
        Map<String, Object> machine = machine();
        StringBuilder s = new StringBuilder();
        s.append("### The benchmark command\n\n");
        s.append(
                String.format(
                        Locale.ROOT,
                        "`./mvnw verify -Pbenchmark`, %s, on %s processors and %s GB (load average"
                            + " %s at the end of the run); written from `target/bench/results.md`"
                            + " by the run itself.%n%n",
                        date,
                        machine.get("processors"),
                        machine.get("memoryGb"),
                        machine.get("loadAverage")));
        s.append(table());
        s.append("\nWhere the run's time went:\n\n").append(stepsTable());
        return s.toString();
    }

    private String table() {
        StringBuilder t = new StringBuilder();
        t.append("| what | figure | target | met | ratios | how |\n");
        t.append("|---|---|---|---|---|---|\n");
        for (Figure f : figures) {
            t.append("| ")
                    .append(f.what())
                    .append(" | ")
                    .append(format(f.value()))
                    .append(' ')
                    .append(f.unit())
                    .append(" | ")
                    .append(f.target() == null ? "" : f.target())
                    .append(" | ")
                    .append(metText(f))
                    .append(" | ")
                    .append(ratioText(f.ratios()))
                    .append(" | ")
                    .append(f.how() == null ? "" : f.how())
                    .append(" |\n");
        }
        return t.toString();
    }

    private String stepsTable() {
        StringBuilder t = new StringBuilder("| step | seconds |\n|---|---|\n");
        double total = 0;
        for (Map.Entry<String, Double> e : stepSeconds.entrySet()) {
            t.append(String.format(Locale.ROOT, "| %s | %.1f |%n", e.getKey(), e.getValue()));
            total += e.getValue();
        }
        t.append(String.format(Locale.ROOT, "| total | %.1f |%n", total));
        return t.toString();
    }

    private static String metText(Figure f) {
        return f.met() == null ? "" : f.met() ? "met" : "**missed**";
    }

    private static String ratioText(Map<String, Double> ratios) {
        List<String> parts = new ArrayList<>();
        ratios.forEach((k, v) -> parts.add(String.format(Locale.ROOT, "%.2f of %s", v, k)));
        return String.join("; ", parts);
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%,.0f" : "%.1f", value);
    }
}
