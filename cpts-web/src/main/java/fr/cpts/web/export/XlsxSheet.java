package fr.cpts.web.export;

import fr.cpts.domain.shared.FrenchDates;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An XLSX workbook of one sheet, streamed (fastexcel): a bold header row, frozen; amounts as numbers formatted
 * {@code # ##0,00}, dates as date cells {@code jj/mm/aaaa}, counts as whole numbers, text as text (a spreadsheet never
 * evaluates a text cell, so no formula is injected). Rows are flushed to the stream every {@value #FLUSH_EVERY}.
 */
final class XlsxSheet<T> implements Sheet<T> {

    private static final int FLUSH_EVERY = 1000;

    private final Workbook workbook;
    private final Worksheet sheet;
    private final List<Column<T>> columns;
    private int row = 1;

    XlsxSheet(OutputStream stream, String title, List<Column<T>> columns) {
        this.workbook = new Workbook(stream, "Plateforme CPTS", "1.0");
        this.sheet = workbook.newWorksheet(title.length() > 31 ? title.substring(0, 31) : title);
        this.columns = List.copyOf(columns);
        for (int i = 0; i < this.columns.size(); i++) {
            Column<T> column = this.columns.get(i);
            sheet.value(0, i, column.header());
            sheet.width(i, column.kind() == Column.Kind.TEXT ? 40 : 14);
        }
        sheet.range(0, 0, 0, this.columns.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
    }

    @Override
    public void row(T item) throws IOException {
        for (int i = 0; i < columns.size(); i++) {
            Column<T> column = columns.get(i);
            Object value = column.of(item);
            if (value == null) {
                continue;
            }
            switch (column.kind()) {
                case MONEY -> {
                    sheet.value(row, i, (BigDecimal) value);
                    sheet.style(row, i).format("#,##0.00").set();
                }
                case DATE -> {
                    sheet.value(row, i, (LocalDate) value);
                    sheet.style(row, i).format("dd/mm/yyyy").set();
                }
                case DECIMAL -> sheet.value(row, i, ((BigDecimal) value).stripTrailingZeros());
                case DATE_TIME -> {
                    sheet.value(row, i, LocalDateTime.ofInstant((Instant) value, FrenchDates.PARIS));
                    sheet.style(row, i).format("dd/mm/yyyy hh:mm").set();
                }
                case INTEGER -> sheet.value(row, i, (Number) value);
                case TEXT -> sheet.value(row, i, value.toString());
            }
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    @Override
    public void close() throws IOException {
        sheet.finish();
        workbook.finish();
    }
}
