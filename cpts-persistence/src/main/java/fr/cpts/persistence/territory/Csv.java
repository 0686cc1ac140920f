package fr.cpts.persistence.territory;

import java.util.List;

/** The rows of one reference table as CSV for {@code COPY}: quoted text, bare integers, {@code {a,b}} arrays. */
final class Csv {

    private final StringBuilder text = new StringBuilder(1 << 16);
    private boolean rowStarted;

    Csv field(String value) {
        separate();
        if (value != null) {
            text.append('"').append(value.replace("\"", "\"\"")).append('"');
        }
        return this;
    }

    Csv field(Integer value) {
        separate();
        if (value != null) {
            text.append(value.intValue());
        }
        return this;
    }

    /** A PostgreSQL array of codes (digits and letters only): {@code {33000,33100}}. */
    Csv array(List<String> values) {
        return field("{" + String.join(",", values) + "}");
    }

    void endRow() {
        text.append('\n');
        rowStarted = false;
    }

    private void separate() {
        if (rowStarted) {
            text.append(',');
        }
        rowStarted = true;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
