package org.survivorvoice.scoring.method;

/**
 * One valid rating of a provider as the CUSUM sees it, in time order.
 *
 * @param key what the caller needs back for an alert (a rating id, a timestamp), passed through
 * @param dissatisfied whether the overall answer was dissatisfied (1 or 2 by default)
 * @param <K> type of the key
 */
public record CusumObservation<K>(K key, boolean dissatisfied) {}
