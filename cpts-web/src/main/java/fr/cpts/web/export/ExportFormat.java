package fr.cpts.web.export;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The two formats every list exports to. */
public enum ExportFormat {
    CSV("csv", "text/csv;charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format an export's address ends with; another extension is no page (404). */
    public static ExportFormat named(String extension) {
        for (ExportFormat format : values()) {
            if (format.extension.equals(extension)) {
                return format;
            }
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
