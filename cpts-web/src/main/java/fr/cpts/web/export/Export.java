package fr.cpts.web.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Writes a list to the response as it is read: {@code rows} hands each row of the list to the sheet, which writes it
 * to the response's stream at once; nothing holds the whole list.
 *
 * @param title    the sheet's title and the file's name (plain letters, dated)
 * @param columns  the columns, as the list shows them
 */
public record Export<T>(String title, List<Column<T>> columns) {

    public Export {
        columns = List.copyOf(columns);
    }

    /** Streams the rows {@code rows} gives to {@code response} in {@code format}. */
    public void write(HttpServletResponse response, ExportFormat format, LocalDate day, Consumer<Consumer<T>> rows)
            throws IOException {
        response.setContentType(format.mediaType());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(filename(day, format), StandardCharsets.UTF_8)
                        .build()
                        .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        OutputStream out = response.getOutputStream();
        try (Sheet<T> sheet =
                format == ExportFormat.CSV ? new CsvSheet<>(out, columns) : new XlsxSheet<>(out, title, columns)) {
            rows.accept(row -> {
                try {
                    sheet.row(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** {@code <title in plain letters>-<yyyy-MM-dd>.<extension>}. */
    String filename(LocalDate day, ExportFormat format) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "")
                .toLowerCase();
        return (plain.isEmpty() ? "export" : plain) + "-" + day + "." + format.extension();
    }
}
