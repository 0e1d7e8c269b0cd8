package org.survivorvoice.common.persistence;

import org.survivorvoice.common.error.InvalidInputException;
import org.survivorvoice.common.error.QueryParameters;

/** A page of a list: page counts from 0, size defaults to 50 and is at most 500. */
public record PageRequest(int page, int size) {

    /** Default page size of every list. */
    public static final int DEFAULT_SIZE = 50;

    /** Largest page size a client may ask for. */
    public static final int MAX_SIZE = 500;

    /**
     * The largest offset a page may start at: databases and Panache count rows in an int, and no
     * list comes near it, so a page beyond it is refused rather than overflowing into a negative
     * offset.
     */
    public static final int MAX_OFFSET = Integer.MAX_VALUE - MAX_SIZE;

    /** Reads optional query parameters, rejecting out-of-range values with a 400. */
    public static PageRequest of(String page, String size) {
        Integer pageNumber = QueryParameters.intValue("page", page);
        Integer pageSize = QueryParameters.intValue("size", size);
        int p = pageNumber == null ? 0 : pageNumber;
        int s = pageSize == null ? DEFAULT_SIZE : pageSize;
        if (p < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_SIZE);
        }
        if ((long) p * s > MAX_OFFSET) {
            throw new InvalidInputException("page", "is past any possible result");
        }
        return new PageRequest(p, s);
    }

    /** The index of the page's first row. */
    public int offset() {
        return page * size;
    }
}
