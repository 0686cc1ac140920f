package fr.cpts.domain.shared.page;

/**
 * Which page of a list a person asks for: its number (from 1) and its size (50 rows unless asked, at most 500). A
 * number or size out of range is brought back into it rather than refused: a list is never an error.
 */
public record PageRequest(int number, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public PageRequest {
        number = Math.max(1, number);
        size = size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    /** The first page of the default size. */
    public static PageRequest first() {
        return new PageRequest(1, DEFAULT_SIZE);
    }

    /** The page asked by a request's parameters, either of which may be missing. */
    public static PageRequest of(Integer number, Integer size) {
        return new PageRequest(number == null ? 1 : number, size == null ? DEFAULT_SIZE : size);
    }

    /** How many rows come before this page. */
    public long offset() {
        return (long) (number - 1) * size;
    }
}
