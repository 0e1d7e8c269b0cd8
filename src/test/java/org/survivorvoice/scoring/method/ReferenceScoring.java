package org.survivorvoice.scoring.method;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An independent re-implementation of design/SCORING.md, written straight from the document with
 * its default numbers typed in, sharing no code with the main sources. It produces the expected
 * values of the golden datasets; agreement between two separately written implementations is the
 * evidence that the calculator computes what the document says.
 */
final class ReferenceScoring {

    /** One input line. */
    record Row(String code, int n, int x, int raters, long answerSum, long answerCount) {}

    /** Expected values of one provider past suppression. */
    record Unit(
            String code,
            int n,
            int x,
            double p,
            double zD,
            double score,
            double low,
            double high,
            String band,
            String method,
            double secondary) {}

    /** Expected values of one category. */
    record Result(
            double theta0, double tau2, double m, int compared, int suppressed, List<Unit> units) {}

    private ReferenceScoring() {}

    static Result score(List<Row> rows) {
        long allN = 0;
        long allX = 0;
        for (Row row : rows) {
            allN += row.n();
            allX += row.x();
        }
        double theta0 = allN == 0 ? Double.NaN : (double) allX / (double) allN;

        List<Row> kept = new ArrayList<>();
        for (Row row : rows) {
            if (row.n() >= 11 && row.raters() >= 11) {
                kept.add(row);
            }
        }
        int count = kept.size();

        double tau2 = 0;
        if (count >= 10 && theta0 > 0 && theta0 < 1) {
            double[] z = new double[count];
            double[] w = new double[count];
            for (int i = 0; i < count; i++) {
                double s2 = theta0 * (1 - theta0) / kept.get(i).n();
                z[i] = ((double) kept.get(i).x() / kept.get(i).n() - theta0) / StrictMath.sqrt(s2);
                w[i] = 1 / s2;
            }
            double[] ordered = z.clone();
            Arrays.sort(ordered);
            double p10 = type7(ordered, 0.10);
            double p90 = type7(ordered, 0.90);
            double phi = 0;
            for (double value : z) {
                double clipped = value < p10 ? p10 : (value > p90 ? p90 : value);
                phi += clipped * clipped / count;
            }
            double sumW = 0;
            double sumWSquared = 0;
            for (double value : w) {
                sumW += value;
                sumWSquared += value * value;
            }
            double estimate = (count * phi - (count - 1)) / (sumW - sumWSquared / sumW);
            tau2 = estimate > 0 ? estimate : 0;
        }

        double m = 20;
        if (tau2 > 0) {
            m = theta0 * (1 - theta0) / tau2 - 1;
            m = m < 5 ? 5 : (m > 50 ? 50 : m);
        }

        List<Unit> units = new ArrayList<>();
        for (Row row : kept) {
            units.add(unit(row, theta0, tau2, m));
        }
        return new Result(theta0, tau2, m, count, rows.size() - count, units);
    }

    private static Unit unit(Row row, double theta0, double tau2, double m) {
        int n = row.n();
        int x = row.x();
        double p = (double) x / n;
        double zD =
                p == theta0 ? 0 : (p - theta0) / StrictMath.sqrt(theta0 * (1 - theta0) / n + tau2);
        String band;
        String method;
        if (n < 20) {
            band = "INSUFFICIENT_DATA";
            method = "NOT_CLASSIFIED";
        } else if (tau2 == 0 && n < 100) {
            method = "EXACT_BINOMIAL";
            double lower = ReferenceDistributions.binomialAtMost(x, n, theta0);
            double upper = ReferenceDistributions.binomialAtLeast(x, n, theta0);
            if (lower < 0.001) {
                band = "SIGNIFICANTLY_BELOW";
            } else if (lower < 0.025) {
                band = "BELOW";
            } else if (upper < 0.001) {
                band = "SIGNIFICANTLY_ABOVE";
            } else if (upper < 0.025) {
                band = "ABOVE";
            } else {
                band = "WITHIN";
            }
        } else {
            method = "NORMAL_APPROXIMATION";
            if (zD < -3.09) {
                band = "SIGNIFICANTLY_BELOW";
            } else if (zD < -1.96) {
                band = "BELOW";
            } else if (StrictMath.abs(zD) <= 1.96) {
                band = "WITHIN";
            } else if (zD <= 3.09) {
                band = "ABOVE";
            } else {
                band = "SIGNIFICANTLY_ABOVE";
            }
        }
        double a = x + m * theta0;
        double b = n - x + m * (1 - theta0);
        double low;
        double high;
        if (a == 0) {
            low = 0;
            high = 0;
        } else if (b == 0) {
            low = 1;
            high = 1;
        } else {
            low = ReferenceDistributions.betaQuantile(0.05, a, b);
            high = ReferenceDistributions.betaQuantile(0.95, a, b);
        }
        double secondary =
                row.answerCount() == 0
                        ? Double.NaN
                        : ((double) row.answerSum() / row.answerCount() - 1) / 4 * 100;
        return new Unit(
                row.code(),
                n,
                x,
                p,
                zD,
                (x + m * theta0) / (n + m),
                low,
                high,
                band,
                method,
                secondary);
    }

    /** R's type 7: the value at position (N - 1) q of the sorted sample, interpolated linearly. */
    private static double type7(double[] sorted, double q) {
        double position = (sorted.length - 1) * q;
        int j = (int) position;
        double fraction = position - j;
        if (j + 1 >= sorted.length) {
            return sorted[sorted.length - 1];
        }
        return (1 - fraction) * sorted[j] + fraction * sorted[j + 1];
    }
}
