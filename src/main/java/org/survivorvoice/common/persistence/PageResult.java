package org.survivorvoice.common.persistence;

import java.util.List;
import java.util.function.Function;

/** The list shape of the API: {@code {items, page, size, total}}. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    /** Maps the items, keeping the paging fields. */
    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
