package app.factdesk.report;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * Rows of a report, read from the database a page at a time while they are written, so that a report of 10,000
 * claims or 100,000 events never holds them all (ADR 023). The count is known before the rows are read (the report's
 * header and the PDF's budget need it); each pass over the rows reads them again, so writers make one pass.
 */
public final class Rows<T> implements Iterable<T> {

    private final IntSupplier size;
    private final Supplier<Pages<T>> pass;
    private int counted = -1;

    private Rows(IntSupplier size, Supplier<Pages<T>> pass) {
        this.size = size;
        this.pass = pass;
    }

    /** Rows already in memory (tests, and reports of a handful of rows). */
    public static <T> Rows<T> of(List<T> rows) {
        List<T> copy = List.copyOf(rows);
        return new Rows<>(copy::size, () -> {
            boolean[] given = {false};
            return () -> {
                if (given[0]) {
                    return List.of();
                }
                given[0] = true;
                return copy;
            };
        });
    }

    /**
     * Rows counted by {@code size} (asked once, when first needed) and read by the pages of {@code pass}: each call of
     * {@code pass} starts a new reading, whose pages are asked for one after the other until one comes back empty.
     */
    static <T> Rows<T> paged(IntSupplier size, Supplier<Pages<T>> pass) {
        return new Rows<>(size, pass);
    }

    /** All rows of {@code parts}, one part after the other. */
    static <T> Rows<T> concat(List<Rows<T>> parts) {
        return new Rows<>(() -> parts.stream().mapToInt(Rows::size).sum(), () -> {
            Iterator<Rows<T>> next = parts.iterator();
            Pages<T>[] current = new Pages[1];
            return () -> {
                while (true) {
                    if (current[0] != null) {
                        List<T> page = current[0].next();
                        if (!page.isEmpty()) {
                            return page;
                        }
                    }
                    if (!next.hasNext()) {
                        return List.of();
                    }
                    current[0] = next.next().pass.get();
                }
            };
        });
    }

    public int size() {
        if (counted < 0) {
            counted = size.getAsInt();
        }
        return counted;
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    @Override
    public Iterator<T> iterator() {
        Pages<T> pages = pass.get();
        return new Iterator<>() {
            private List<T> page = List.of();
            private int at;
            private boolean ended;

            @Override
            public boolean hasNext() {
                while (!ended && at == page.size()) {
                    page = pages.next();
                    at = 0;
                    ended = page.isEmpty();
                }
                return !ended;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(at++);
            }
        };
    }

    /** One reading of the rows: each call gives the next page, and an empty page at the end. */
    @FunctionalInterface
    interface Pages<T> {
        List<T> next();
    }
}
