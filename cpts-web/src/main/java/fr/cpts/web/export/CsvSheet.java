package fr.cpts.web.export;

import fr.cpts.domain.shared.FrenchDates;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A CSV file French Excel opens as it is: UTF-8 with a byte order mark, {@code ;} between cells, CRLF line ends, a
 * header row in French, numbers with a decimal comma and no grouping ({@code 1234,50}), dates {@code dd/MM/yyyy}. A
 * text cell a spreadsheet would take for a formula (starting with {@code = + - @}, a tab or a carriage return) is
 * neutralised with a leading apostrophe; a cell holding {@code ;}, a quote or a line end is quoted.
 */
final class CsvSheet<T> implements Sheet<T> {

    private static final String BOM = "\uFEFF";

    private final Writer out;
    private final List<Column<T>> columns;

    CsvSheet(OutputStream stream, List<Column<T>> columns) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        this.columns = List.copyOf(columns);
        out.write(BOM);
        for (int i = 0; i < this.columns.size(); i++) {
            separator(i);
            out.write(text(this.columns.get(i).header()));
        }
        out.write("\r\n");
    }

    @Override
    public void row(T row) throws IOException {
        for (int i = 0; i < columns.size(); i++) {
            separator(i);
            Column<T> column = columns.get(i);
            out.write(cell(column.kind(), column.of(row)));
        }
        out.write("\r\n");
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }

    private void separator(int column) throws IOException {
        if (column > 0) {
            out.write(';');
        }
    }

    static String cell(Column.Kind kind, Object value) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case MONEY -> ((BigDecimal) value).setScale(2).toPlainString().replace('.', ',');
            case DECIMAL ->
                ((BigDecimal) value).stripTrailingZeros().toPlainString().replace('.', ',');
            case INTEGER -> value.toString();
            case DATE -> FrenchDates.day((LocalDate) value);
            case DATE_TIME -> FrenchDates.forSheets((Instant) value);
            case TEXT -> text(value.toString());
        };
    }

    static String text(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(';') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
