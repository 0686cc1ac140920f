package fr.cpts.web.document;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Sends openhtmltopdf's messages to the application's log (SLF4J, under {@code com.openhtmltopdf.*}), its chatter
 * (« Using fast-mode renderer », font loading, timings) at DEBUG rather than INFO: one line per document would
 * otherwise be logged at each rendering.
 */
final class PdfLibraryLog implements XRLogger {

    private PdfLibraryLog() {}

    /** Installs it, once for the whole JVM (openhtmltopdf's logger is global). */
    static void install() {
        synchronized (XRLog.class) {
            if (!(XRLog.getLoggerImpl() instanceof PdfLibraryLog)) {
                XRLog.setLoggerImpl(new PdfLibraryLog());
            }
        }
    }

    @Override
    public void log(String where, java.util.logging.Level level, String msg) {
        LoggerFactory.getLogger(where).atLevel(map(level)).log(msg);
    }

    @Override
    public void log(String where, java.util.logging.Level level, String msg, Throwable th) {
        LoggerFactory.getLogger(where).atLevel(map(level)).setCause(th).log(msg);
    }

    @Override
    public void setLevel(String logger, java.util.logging.Level level) {
        // levels are set in the application's logging configuration
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        return logger.isEnabledForLevel(map(diagnostic.getLevel()));
    }

    private static Level map(java.util.logging.Level level) {
        int value = level.intValue();
        if (value >= java.util.logging.Level.SEVERE.intValue()) {
            return Level.ERROR;
        }
        if (value >= java.util.logging.Level.WARNING.intValue()) {
            return Level.WARN;
        }
        if (value >= java.util.logging.Level.INFO.intValue()) {
            return Level.DEBUG;
        }
        return Level.TRACE;
    }
}
