package nl.opstap.shared.domain;

import java.util.List;
import java.util.function.Function;

/** One page of results; page numbers start at 1 (as users count). */
public record PageResult<T>(List<T> content, int page, int size, long totalElements) {

    public int totalPages() {
        return (int) Math.max(1, (totalElements + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(content.stream().map(mapper).toList(), page, size, totalElements);
    }
}
