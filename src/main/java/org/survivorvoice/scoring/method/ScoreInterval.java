package org.survivorvoice.scoring.method;

/**
 * The interval shown around a shrunken score: by default the 5 % and 95 % quantiles of the Beta
 * posterior, as fractions between 0 and 1.
 *
 * @param low lower end
 * @param high upper end
 */
public record ScoreInterval(double low, double high) {}
