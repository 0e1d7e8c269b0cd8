package org.survivorvoice.scoring.method;

/**
 * Textbook Beta and binomial functions for {@link ReferenceScoring}, written from the formulas
 * (Stirling series, the Numerical Recipes continued fraction with Lentz's method, bisection) so
 * that the golden values do not come from Commons Statistics, which the calculator uses. StrictMath
 * keeps the regenerated values bit-identical on every JVM.
 */
final class ReferenceDistributions {

    private static final double HALF_LOG_TWO_PI = 0.5 * StrictMath.log(2 * StrictMath.PI);
    private static final double TINY = 1e-300;
    private static final double[] STIRLING = {
        1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188, -691.0 / 360360
    };

    private ReferenceDistributions() {}

    /** ln Gamma(x) for x > 0: shift x above 15, then six terms of Stirling's series. */
    static double lnGamma(double x) {
        double shift = 0;
        while (x < 15) {
            shift += StrictMath.log(x);
            x += 1;
        }
        double inverse = 1 / x;
        double series = 0;
        // Horner over B_2k / (2k (2k - 1)) x^(1 - 2k), from the smallest term
        for (int k = STIRLING.length - 1; k >= 0; k--) {
            series = series * inverse * inverse + STIRLING[k];
        }
        series *= inverse;
        return (x - 0.5) * StrictMath.log(x) - x + HALF_LOG_TWO_PI + series - shift;
    }

    /** Regularised incomplete beta I_x(a, b). */
    static double betaCdf(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double logFront =
                a * StrictMath.log(x)
                        + b * StrictMath.log1p(-x)
                        - (lnGamma(a) + lnGamma(b) - lnGamma(a + b));
        double front = StrictMath.exp(logFront);
        // the continued fraction converges fast only on the side of the mean it is evaluated on
        if (x < (a + 1) / (a + b + 2)) {
            return front * continuedFraction(x, a, b) / a;
        }
        return 1 - front * continuedFraction(1 - x, b, a) / b;
    }

    private static double continuedFraction(double x, double a, double b) {
        double c = 1;
        double d = nonZero(1 - (a + b) * x / (a + 1));
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= 100_000; m++) {
            int twoM = 2 * m;
            double even = m * (b - m) * x / ((a - 1 + twoM) * (a + twoM));
            d = 1 / nonZero(1 + even * d);
            c = nonZero(1 + even / c);
            h *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + twoM) * (a + 1 + twoM));
            d = 1 / nonZero(1 + odd * d);
            c = nonZero(1 + odd / c);
            double step = d * c;
            h *= step;
            if (StrictMath.abs(step - 1) < 1e-16) {
                return h;
            }
        }
        throw new IllegalStateException("continued fraction did not converge");
    }

    private static double nonZero(double value) {
        return StrictMath.abs(value) < TINY ? TINY : value;
    }

    /** Quantile of Beta(a, b) by bisection down to adjacent doubles. */
    static double betaQuantile(double probability, double a, double b) {
        double low = 0;
        double high = 1;
        while (true) {
            double middle = low + (high - low) / 2;
            if (middle <= low || middle >= high) {
                return middle;
            }
            if (betaCdf(middle, a, b) < probability) {
                low = middle;
            } else {
                high = middle;
            }
        }
    }

    /** P(X = k) for X ~ Binomial(n, p). */
    static double binomialProbability(int k, int n, double p) {
        if (p == 0) {
            return k == 0 ? 1 : 0;
        }
        if (p == 1) {
            return k == n ? 1 : 0;
        }
        double logChoose = lnGamma(n + 1.0) - lnGamma(k + 1.0) - lnGamma(n - k + 1.0);
        return StrictMath.exp(logChoose + k * StrictMath.log(p) + (n - k) * StrictMath.log1p(-p));
    }

    /** P(X <= x) by summing the probabilities. */
    static double binomialAtMost(int x, int n, double p) {
        double sum = 0;
        for (int k = 0; k <= x; k++) {
            sum += binomialProbability(k, n, p);
        }
        return sum;
    }

    /** P(X >= x) by summing the probabilities. */
    static double binomialAtLeast(int x, int n, double p) {
        double sum = 0;
        for (int k = Math.max(x, 0); k <= n; k++) {
            sum += binomialProbability(k, n, p);
        }
        return sum;
    }
}
