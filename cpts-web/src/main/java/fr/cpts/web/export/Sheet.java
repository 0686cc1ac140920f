package fr.cpts.web.export;

import java.io.IOException;

/** A file being written, one row after the other; {@link #close()} finishes it. */
interface Sheet<T> extends AutoCloseable {

    void row(T row) throws IOException;

    @Override
    void close() throws IOException;
}
