package org.survivorvoice.common.persistence;

import org.survivorvoice.common.error.InvalidInputException;
import org.survivorvoice.common.error.QueryParameters;

/** A page of a list: page counts from 0, size defaults to 50 and is at most 500. */
public record PageRequest(int page, int size) {

    /** Default page size of every list. */
    public static final int DEFAULT_SIZE = 50;

    /** Largest page size a client may ask for. */
    public static final int MAX_SIZE = 500;

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
        return new PageRequest(p, s);
    }
}
