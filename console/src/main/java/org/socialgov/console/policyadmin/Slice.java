package org.socialgov.console.policyadmin;

import java.util.List;

/**
 * One page of a list the API answers whole (the people pending, the official accounts): the console pages it so
 * that a large company's list stays readable. Pages are numbered from 1.
 */
public record Slice<T>(List<T> items, int page, boolean hasNext, int total) {

    static final int SIZE = 20;

    public static <T> Slice<T> of(List<T> all, int page) {
        int from = Math.min((page - 1) * SIZE, all.size());
        int to = Math.min(from + SIZE, all.size());
        return new Slice<>(all.subList(from, to), page, to < all.size(), all.size());
    }

    public boolean first() {
        return page == 1;
    }
}
