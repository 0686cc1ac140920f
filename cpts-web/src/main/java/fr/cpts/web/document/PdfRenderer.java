package fr.cpts.web.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import fr.cpts.web.FrenchFormats;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Turns a Thymeleaf XHTML template of {@code templates/pdf/} into PDF bytes with openhtmltopdf.
 *
 * <p>It has its own template engine (XML mode, templates read from the class path), apart from the engine of the web
 * pages. Every template receives, besides its own variables, {@code fmt} (the French formats of {@link PdfFormats})
 * and {@code styles} (the shared style sheet {@code pdf/documents.css}).
 *
 * <p>The text is set in DejaVu Sans, embedded as a subset. No external resource is ever loaded: a URL in a document
 * (image, style sheet, font) is ignored. The PDF is tagged (PDF/UA) for screen readers.
 *
 * <p>The same template and variables give the same bytes: the PDF's creation date is the one given (the document's own
 * date, not the time of rendering) and its identifier is derived from the rendered XHTML.
 */
@Component
public class PdfRenderer {

    /** The family the style sheet names. */
    static final String FONT_FAMILY = "DejaVu Sans";

    private static final String FONT_FOLDER = "/net/sf/jasperreports/fonts/dejavu/";
    private static final String STYLES = "/pdf/documents.css";
    private static final String PRODUCER = "Plateforme CPTS";

    private final TemplateEngine templates;
    private final List<Font> fonts;
    private final String styles;

    public PdfRenderer() {
        PdfLibraryLog.install();
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PdfRenderer.class.getClassLoader());
        resolver.setPrefix("templates/pdf/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        resolver.setCheckExistence(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setEnableSpringELCompiler(true);
        this.templates = engine;
        this.fonts = List.of(
                Font.load("DejaVuSans.ttf", 400, FontStyle.NORMAL),
                Font.load("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
                Font.load("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
                Font.load("DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC));
        this.styles = new String(resource(STYLES), StandardCharsets.UTF_8);
    }

    /**
     * Renders {@code templates/pdf/<template>.html} with these variables.
     *
     * @param template   the template's name, without folder nor suffix, e.g. {@code contract}
     * @param variables  what the template shows
     * @param createdAt  the PDF's creation date: the document's own date, so that rendering again gives the same bytes
     */
    public byte[] render(String template, Map<String, ?> variables, Instant createdAt) {
        Objects.requireNonNull(createdAt, "date du document");
        Context context = new Context(Locale.FRANCE);
        context.setVariables(Map.copyOf(variables));
        context.setVariable("fmt", PdfFormats.INSTANCE);
        context.setVariable("styles", styles);
        String xhtml = templates.process(template, context);
        return toPdf(xhtml, createdAt);
    }

    private byte[] toPdf(String xhtml, Instant createdAt) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePdfUaAccessibility(true);
        builder.withProducer(PRODUCER);
        // a document is self-contained: nothing is fetched, whatever a text contains
        builder.useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        for (Font font : fonts) {
            builder.useFont(font::open, FONT_FAMILY, font.weight(), font.style(), true);
        }
        builder.withHtmlContent(xhtml, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            try (PDDocument pdf = renderer.createPDFKeepOpen()) {
                GregorianCalendar created = GregorianCalendar.from(createdAt.atZone(FrenchFormats.PARIS));
                PDDocumentInformation information = pdf.getDocumentInformation();
                information.setCreationDate(created);
                information.setModificationDate(created);
                // the file identifier would otherwise be drawn from the clock
                pdf.setDocumentId(identifier(xhtml));
                pdf.save(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Le document PDF n'a pas pu être produit.", e);
        }
        return out.toByteArray();
    }

    private static long identifier(String xhtml) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(xhtml.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource on the class path: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable resource: " + path, e);
        }
    }

    /** A TrueType font file, read once from the class path. */
    private record Font(byte[] bytes, int weight, FontStyle style) {

        static Font load(String file, int weight, FontStyle style) {
            return new Font(resource(FONT_FOLDER + file), weight, style);
        }

        InputStream open() {
            return new ByteArrayInputStream(bytes);
        }
    }
}
