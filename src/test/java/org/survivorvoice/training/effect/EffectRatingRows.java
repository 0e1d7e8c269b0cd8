package org.survivorvoice.training.effect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Raw rating rows of a fixed comparison (test resources {@code training/effect/*.csv}: provider,
 * trained, phase, rater, overall), and the straight-loop reference computation of the effect and
 * its gate that the calculator must match.
 */
final class EffectRatingRows {

    record Row(long provider, boolean trained, String phase, String rater, int overall) {}

    private EffectRatingRows() {}

    static List<Row> read(String name) {
        InputStream in =
                EffectRatingRows.class.getResourceAsStream("/training/effect/" + name + ".csv");
        if (in == null) {
            throw new IllegalArgumentException("no dataset " + name);
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",");
                rows.add(
                        new Row(
                                Long.parseLong(f[0]),
                                Boolean.parseBoolean(f[1]),
                                f[2],
                                f[3],
                                Integer.parseInt(f[4])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The calculator's input: the rows summed per provider and phase. */
    static List<ProviderRatings> providers(List<Row> rows) {
        Map<Long, List<Row>> byProvider = new LinkedHashMap<>();
        for (Row r : rows) {
            byProvider.computeIfAbsent(r.provider(), k -> new ArrayList<>()).add(r);
        }
        List<ProviderRatings> providers = new ArrayList<>();
        byProvider.forEach(
                (id, own) ->
                        providers.add(
                                new ProviderRatings(
                                        id,
                                        own.get(0).trained(),
                                        phase(own, "BEFORE"),
                                        phase(own, "AFTER"))));
        return providers;
    }

    private static PhaseRatings phase(List<Row> rows, String phase) {
        long n = 0;
        long x = 0;
        Set<String> raters = new HashSet<>();
        for (Row r : rows) {
            if (r.phase().equals(phase)) {
                n++;
                x += r.overall() >= 4 ? 1 : 0;
                raters.add(r.rater());
            }
        }
        return new PhaseRatings(n, x, raters);
    }

    /** The reference: shares and the effect by straight loops over the rows. */
    static double referenceEffect(List<Row> rows) {
        double[] n = new double[4];
        double[] x = new double[4];
        for (Row r : rows) {
            int cell = (r.trained() ? 0 : 2) + (r.phase().equals("AFTER") ? 1 : 0);
            n[cell] += 1;
            if (r.overall() >= 4) {
                x[cell] += 1;
            }
        }
        return (x[1] / n[1] - x[0] / n[0]) - (x[3] / n[3] - x[2] / n[2]);
    }

    /** The reference: distinct raters of a cell over all its providers. */
    static long referenceRaters(List<Row> rows, boolean trained, String phase) {
        Set<String> raters = new HashSet<>();
        for (Row r : rows) {
            if (r.trained() == trained && r.phase().equals(phase)) {
                raters.add(r.rater());
            }
        }
        return raters.size();
    }

    /** The reference: trained providers with at least {@code min} ratings and raters. */
    static int referenceQualifying(List<Row> rows, int min) {
        Map<Long, Integer> ratings = new LinkedHashMap<>();
        Map<Long, Set<String>> raters = new LinkedHashMap<>();
        for (Row r : rows) {
            if (r.trained()) {
                ratings.merge(r.provider(), 1, Integer::sum);
                raters.computeIfAbsent(r.provider(), k -> new HashSet<>()).add(r.rater());
            }
        }
        int qualifying = 0;
        for (long p : ratings.keySet()) {
            if (ratings.get(p) >= min && raters.get(p).size() >= min) {
                qualifying++;
            }
        }
        return qualifying;
    }
}
