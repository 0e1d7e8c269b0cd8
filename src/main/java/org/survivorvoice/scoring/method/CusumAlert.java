package org.survivorvoice.scoring.method;

/**
 * A deterioration alert: the CUSUM crossed its threshold at this observation and was reset to 0.
 *
 * @param key the key of the observation that crossed the threshold
 * @param index position of that observation in the sequence given, from 0
 * @param statistic the CUSUM value that crossed the threshold, before the reset
 * @param <K> type of the key
 */
public record CusumAlert<K>(K key, int index, double statistic) {}
