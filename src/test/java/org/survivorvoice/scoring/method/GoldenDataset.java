package org.survivorvoice.scoring.method;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed datasets under {@code src/test/resources/scoring}: {@code <name>.csv} holds the counts
 * per provider, {@code <name>.expected.json} what {@link ReferenceScoring} computed from them.
 * Regenerate the expected files after a deliberate change of the method with {@code ./mvnw test
 * -Dtest=ReferenceScoringTest -Dscoring.golden.rewrite=true}.
 */
final class GoldenDataset {

    /** Every dataset, each chosen for a branch of the method. */
    static final List<String> NAMES =
            List.of(
                    // 14 compared providers, m clamped at 5, one BELOW, two suppressed
                    "overdispersed-category",
                    // 12 compared providers, tau2 > 0 with m inside its clamp
                    "mild-overdispersion",
                    // 6 providers: tau2 = 0, exact tails below 100 ratings, normal from 100
                    "few-providers",
                    // theta0 of 0.07 and small n: exact tails where the normal one misleads
                    "rare-satisfaction",
                    // seven of twelve suppressed, by ratings and by distinct raters, one with n = 0
                    "mostly-suppressed",
                    // theta0 = 1: zero variance, point intervals
                    "everyone-satisfied");

    private static final Path SOURCE_FOLDER = Path.of("src", "test", "resources", "scoring");

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GoldenDataset() {}

    static List<ReferenceScoring.Row> rows(String name) {
        List<ReferenceScoring.Row> rows = new ArrayList<>();
        String[] lines = read(name + ".csv").split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].trim().split(",");
            rows.add(
                    new ReferenceScoring.Row(
                            cells[0],
                            Integer.parseInt(cells[1]),
                            Integer.parseInt(cells[2]),
                            Integer.parseInt(cells[3]),
                            Long.parseLong(cells[4]),
                            Long.parseLong(cells[5])));
        }
        return rows;
    }

    static List<UnitCounts> counts(String name) {
        return rows(name).stream()
                .map(
                        row ->
                                new UnitCounts(
                                        row.code(),
                                        row.n(),
                                        row.x(),
                                        row.raters(),
                                        row.answerSum(),
                                        row.answerCount()))
                .toList();
    }

    static ReferenceScoring.Result expected(String name) {
        return parse(read(name + ".expected.json"));
    }

    /**
     * Writes the expected values into the source folder and returns them as read back from there
     * (the copy on the class path is refreshed only by the next build).
     */
    static ReferenceScoring.Result rewriteExpected(String name, ReferenceScoring.Result result) {
        Path file = SOURCE_FOLDER.resolve(name + ".expected.json");
        try {
            Files.writeString(file, JSON.writeValueAsString(result) + "\n");
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ReferenceScoring.Result parse(String json) {
        try {
            return JSON.readValue(json, ReferenceScoring.Result.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = GoldenDataset.class.getResourceAsStream("/scoring/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource scoring/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
