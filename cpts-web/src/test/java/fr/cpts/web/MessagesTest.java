package fr.cpts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every French text a template asks for exists in one of the message bundles, and no key is defined twice. */
public class MessagesTest {

    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)");

    @Test
    void everyMessageKeyUsedInATemplateIsDefined() throws IOException {
        Properties messages = allBundles();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    if (!messages.containsKey(matcher.group(1))) {
                        missing.add(template.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** The bundles listed in {@code spring.messages.basename}, merged; a key in two bundles fails. */
    public static Properties allBundles() throws IOException {
        Properties application = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/application.properties")) {
            application.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Properties merged = new Properties();
        for (String basename :
                application.getProperty("spring.messages.basename").split(",")) {
            try (InputStream in = MessagesTest.class.getResourceAsStream("/" + basename.strip() + ".properties")) {
                if (in == null) {
                    continue;
                }
                Properties bundle = new Properties();
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String key : bundle.stringPropertyNames()) {
                    assertThat(merged.containsKey(key))
                            .as("key %s defined in two bundles", key)
                            .isFalse();
                    merged.setProperty(key, bundle.getProperty(key));
                }
            }
        }
        return merged;
    }
}
