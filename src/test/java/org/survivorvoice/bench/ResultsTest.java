package org.survivorvoice.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's result files: every figure with its target, met or missed, and its ratios. */
class ResultsTest {

    @TempDir Path dir;

    @Test
    void targetsAreMetOrMissedByTheirBound() {
        assertThat(Results.Target.below(100, "ms").met(99.9)).isTrue();
        assertThat(Results.Target.below(100, "ms").met(100)).isFalse();
        assertThat(Results.Target.atLeast(500, "/s").met(500)).isTrue();
        assertThat(Results.Target.atLeast(500, "/s").met(499)).isFalse();
    }

    @Test
    void writesEveryFigureWithTargetVerdictAndRatios() throws Exception {
        Results results = new Results();
        results.add(
                "signed SMS webhooks, 8 connection(s)",
                412.5,
                "requests/s",
                Results.Target.atLeast(500, "/s"),
                Map.of("storage ceiling", 0.62),
                "wrk");
        results.add("scores API p95", 31.0, "ms", Results.Target.below(50, "ms"), "sequential");
        results.add("demo generation", 95.2, "s", null, "harness");
        results.step("scoring", 12.5);
        results.step("scoring", 0.5);
        results.note("statements per request", "2.0 inserts");

        results.write(dir);

        JsonNode json = new ObjectMapper().readTree(dir.resolve("results.json").toFile());
        assertThat(json.get("figures")).hasSize(3);
        JsonNode webhooks = json.get("figures").get(0);
        assertThat(webhooks.get("value").asDouble()).isEqualTo(412.5);
        assertThat(webhooks.get("target").asText()).isEqualTo(">= 500 /s");
        assertThat(webhooks.get("met").asBoolean()).isFalse();
        assertThat(webhooks.get("ratios").get("storage ceiling").asDouble()).isEqualTo(0.62);
        assertThat(json.get("figures").get(1).get("met").asBoolean()).isTrue();
        assertThat(json.get("figures").get(2).get("met").isNull()).isTrue();
        assertThat(json.get("stepSeconds").get("scoring").asDouble()).isEqualTo(13.0);
        assertThat(json.get("machine").get("processors").asInt()).isPositive();

        String md = Files.readString(dir.resolve("results.md"));
        assertThat(md)
                .contains(
                        "| signed SMS webhooks, 8 connection(s) | 413 requests/s | >= 500 /s |"
                                + " **missed** | 0.62 of storage ceiling | wrk |")
                .contains("| scores API p95 | 31 ms | < 50 ms | met |")
                .contains("| scoring | 13.0 |")
                .contains("2.0 inserts");
        String section = Files.readString(dir.resolve("readme-section.md"));
        assertThat(section)
                .startsWith("### The benchmark command")
                .contains("processors")
                .contains("| demo generation | 95.2 s |");
    }

    @Test
    void replacesOnlyTheGeneratedReadmeSection() {
        String readme =
                "## Performance\n\nintro\n\n"
                        + ReadmeSection.BEGIN
                        + "\nold figures\n"
                        + ReadmeSection.END
                        + "\n\n| older | table |\n";
        String replaced = ReadmeSection.replaced(readme, "### The benchmark command\n\nnew\n");
        assertThat(replaced)
                .isEqualTo(
                        "## Performance\n\nintro\n\n"
                                + ReadmeSection.BEGIN
                                + "\n### The benchmark command\n\nnew\n"
                                + ReadmeSection.END
                                + "\n\n| older | table |\n");
    }
}
