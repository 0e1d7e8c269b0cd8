"""Why RankIntervalsTest's "clearly best" property draws its crowd from providers past the gate.

A provider at 390/400 is ranked 1-1 when it is first in at least 95 % of the draws. The expected
number of crowd providers above it in a draw bounds the share of draws in which it is not first.
The crowd: k providers alike at the highest share allowed (floor(0.6 n) of n), theta0 the pooled
share as the calculator computes it, prior weight m. The integrals over the best provider's value
are taken in its quantile space on 4,000 midpoints; for the worst crowd the exact share of draws
in which the best is not first, 1 - integral of F_crowd(t)^k, is printed as well.

Run: python3 rank-crowd-overtakes.py > rank-crowd-overtakes.txt (numpy, scipy)
"""

import numpy as np
from scipy import stats

U = (np.arange(4000) + 0.5) / 4000


def overtakes(n, x, k, m):
    theta0 = (390 + k * x) / (400 + k * n)
    best = stats.beta.ppf(U, 390 + m * theta0, 10 + m * (1 - theta0))
    one = np.mean(stats.beta.sf(best, x + m * theta0, n - x + m * (1 - theta0)))
    return k * one


def not_first(n, x, k, m):
    theta0 = (390 + k * x) / (400 + k * n)
    best = stats.beta.ppf(U, 390 + m * theta0, 10 + m * (1 - theta0))
    below = stats.beta.cdf(best, x + m * theta0, n - x + m * (1 - theta0))
    return 1 - np.mean(below**k)


def worst(ratings):
    found = (0.0,)
    for n in ratings:
        x = (3 * n) // 5
        for k in [1, 2, 3, 4, 5, 6, 8, 10, 13, 16, 20, 30, 40, 50, 59]:
            for m in [5, 10, 20, 30, 40, 50]:
                e = overtakes(n, x, k, m)
                if e > found[0]:
                    found = (e, n, x, k, m)
    return found


for label, ratings in [
    ("5-10 ratings", range(5, 11)),
    ("11-400 ratings", list(range(11, 60)) + [80, 120, 200, 300, 400]),
]:
    e, n, x, k, m = worst(ratings)
    print(
        f"{label}: worst expected overtakes per draw {e:.4f} ({k} at {x}/{n}, m = {m});"
        f" best not first in {not_first(n, x, k, m):.4f} of draws"
    )
