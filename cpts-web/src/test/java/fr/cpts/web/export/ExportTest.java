package fr.cpts.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

class ExportTest {

    record Line(String name, BigDecimal amount, LocalDate day, long count) {}

    static final Export<Line> EXPORT = new Export<>(
            "Ordres à payer",
            List.of(
                    Column.text("Nom", Line::name),
                    Column.money("Montant (€)", Line::amount),
                    Column.date("Date", Line::day),
                    Column.integer("Nombre", Line::count)));

    static final List<Line> LINES = List.of(
            new Line("=HYPERLINK(\"x\")", new BigDecimal("1234567.5"), LocalDate.of(2026, 3, 9), 12),
            new Line("-2+3", new BigDecimal("-400.00"), null, 0),
            new Line("@SUM(A1)", BigDecimal.ZERO, LocalDate.of(2026, 12, 31), 3),
            new Line("+33 5 56 00 00 00", null, null, 1),
            new Line("CPTS ; Landes \"Sud\"\nligne 2", new BigDecimal("10"), null, 2));

    @Test
    void theCsvIsWhatFrenchExcelOpensAsItIs() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        EXPORT.write(response, ExportFormat.CSV, LocalDate.of(2026, 12, 2), rows -> LINES.forEach(rows));

        byte[] bytes = response.getContentAsByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(csv)
                .isEqualTo("Nom;Montant (€);Date;Nombre\r\n"
                        + "\"'=HYPERLINK(\"\"x\"\")\";1234567,50;09/03/2026;12\r\n"
                        + "'-2+3;-400,00;;0\r\n"
                        + "'@SUM(A1);0,00;31/12/2026;3\r\n"
                        + "'+33 5 56 00 00 00;;;1\r\n"
                        + "\"CPTS ; Landes \"\"Sud\"\"\nligne 2\";10,00;;2\r\n");
        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition"))
                .contains("attachment")
                .contains("ordres-a-payer-2026-12-02.csv");
    }

    @Test
    void theXlsxHoldsNumbersAndDatesAsSuchAndTextAsText() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        EXPORT.write(response, ExportFormat.XLSX, LocalDate.of(2026, 12, 2), rows -> LINES.forEach(rows));

        try (ReadableWorkbook workbook =
                new ReadableWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(6);
            assertThat(rows.get(0).getCellText(1)).isEqualTo("Montant (€)");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(rows.get(1).getCellAsNumber(1).orElseThrow()).isEqualByComparingTo("1234567.5");
            assertThat(rows.get(1).getCellAsDate(2).orElseThrow().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 9));
            assertThat(rows.get(2).getCellAsNumber(1).orElseThrow()).isEqualByComparingTo("-400");
            assertThat(rows.get(1).getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("12");
        }
        assertThat(response.getHeader("Content-Disposition")).contains("ordres-a-payer-2026-12-02.xlsx");
    }

    @Test
    void rowsAreWrittenAsTheyComeNotHeldUntilTheEnd() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] sizes = new long[2];
        try (CsvSheet<Line> sheet = new CsvSheet<>(out, EXPORT.columns())) {
            for (int i = 0; i < 20_000; i++) {
                sheet.row(LINES.get(i % LINES.size()));
                if (i == 10_000) {
                    sizes[0] = out.size();
                }
            }
            sizes[1] = out.size();
        }
        assertThat(sizes[0]).isGreaterThan(0).isLessThan(sizes[1]);
    }
}
