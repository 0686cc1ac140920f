package fr.cpts.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The WCAG 2.1 A and AA rules that axe-core (npm, installed by the build) finds broken on the page the browser
 * shows: each as « rule: help (n elements) ».
 */
final class Accessibility {

    private static final Path AXE = Path.of("node_modules", "axe-core", "axe.min.js");

    private Accessibility() {}

    static List<String> violations(ChromeDriver browser) {
        return violationsIn(browser, null);
    }

    /** The page's violations whose impact is serious or critical. */
    static List<String> seriousViolations(ChromeDriver browser) {
        return run(browser, null, "['serious', 'critical']");
    }

    /** The violations inside the element that CSS selector finds (the whole page when null). */
    static List<String> violationsIn(ChromeDriver browser, String selector) {
        return run(browser, selector, "null");
    }

    /** The violations inside the selector's element, of those impacts only (a JavaScript array, or null for all). */
    @SuppressWarnings("unchecked")
    private static List<String> run(ChromeDriver browser, String selector, String impacts) {
        String axe;
        try {
            axe = Files.readString(AXE);
        } catch (IOException missing) {
            throw new UncheckedIOException("axe-core manque : lancez la construction Maven (npm ci)", missing);
        }
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        browser.executeScript(axe);
        return (List<String>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const context = arguments[0] ? document.querySelector(arguments[0]) : document;
                const impacts = %s;
                axe.run(context, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(result => done(result.violations
                       .filter(v => !impacts || impacts.includes(v.impact))
                       .map(v => v.id + ': ' + v.help + ' (' + v.nodes.length
                       + ' : ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ') + ')')))
                   .catch(error => done(['axe: ' + error]));""".formatted(impacts), selector);
    }
}
