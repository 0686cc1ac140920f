package fr.cpts.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * Every page a person can reach, as each demo person: from their home, every link of the platform is followed (one
 * page per address pattern, identifiers folded), and axe-core checks each page at 1280 and 390 pixels wide. No page
 * may have a serious or critical violation. Each page's height at both widths is written to
 * {@code target/page-heights.tsv}, for a person to compare.
 */
class EveryPageAccessibilityBrowserTest extends BrowserTest {

    private static final List<String[]> PEOPLE = List.of(
            new String[] {null, null},
            new String[] {"porteur", "porteur-demo"},
            new String[] {"porteur-arcachon", "porteur-arcachon-demo"},
            new String[] {"ars", "ars-demo"},
            new String[] {"cpam", "cpam-demo"},
            new String[] {"admin", "admin-demo"});

    /** Addresses not crawled: files, the API and its documentation, sign-out, and the crawl's own sign-in page. */
    private static final Pattern SKIPPED = Pattern.compile(
            ".*(\\.(pdf|csv|xlsx|json|png|svg|js|css)(\\?.*)?$|/pdf(\\?.*)?$|/export|/api/|/swagger|/v3/|/logout|/deconnexion).*");

    private static final Pattern IDENTIFIER = Pattern.compile("/\\d+(?=/|$)");

    private static final int WIDE = 1280;

    private static final int NARROW = 390;

    @Test
    void noPageReachableByAnyoneHasASeriousOrCriticalAccessibilityViolationAtDesktopOrPhoneWidth() {
        Map<String, List<String>> violations = new LinkedHashMap<>();
        List<String> withoutBreadcrumb = new ArrayList<>();
        List<String> heights = new ArrayList<>();
        int pages = 0;
        for (String[] person : PEOPLE) {
            browser.manage().deleteAllCookies();
            String who = person[0] == null ? "public" : person[0];
            if (person[0] != null) {
                signIn(person[0], person[1]);
            }
            List<String> reachable = crawl(person[0] == null ? "/" : browser.getCurrentUrl());
            for (String address : reachable) {
                pages++;
                browser.get(address);
                String page = who + " " + URI.create(address).getPath();
                // the person's home (or an address that leads there) has no breadcrumb; every other page has one
                if (!browser.getCurrentUrl().equals(reachable.get(0))
                        && browser.findElements(By.cssSelector("nav.fr-breadcrumb"))
                                .isEmpty()) {
                    withoutBreadcrumb.add(page);
                }
                StringBuilder height = new StringBuilder(page);
                for (int width : new int[] {WIDE, NARROW}) {
                    browser.manage().window().setSize(new Dimension(width, 1000));
                    List<String> found = Accessibility.seriousViolations(browser);
                    if (!found.isEmpty()) {
                        violations.put(page + " à " + width + " px", found);
                    }
                    height.append('\t').append(documentHeight());
                }
                heights.add(height.toString());
                browser.manage().window().setSize(new Dimension(WIDE, 1000));
            }
        }
        write(heights);
        System.out.println("Accessibilité : " + pages + " pages vérifiées à " + WIDE + " et " + NARROW + " px");
        assertThat(pages).isGreaterThan(60);
        assertThat(violations).isEmpty();
        assertThat(withoutBreadcrumb)
                .as("pages below a home without a breadcrumb")
                .isEmpty();
    }

    /** The pages reachable from that one by following links, one per address pattern, the start included. */
    private List<String> crawl(String start) {
        String origin = url("");
        Set<String> patterns = new LinkedHashSet<>();
        List<String> found = new ArrayList<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start.startsWith("http") ? start : url(start)));
        while (!queue.isEmpty()) {
            String address = queue.poll();
            if (!patterns.add(IDENTIFIER.matcher(URI.create(address).getPath()).replaceAll("/#"))) {
                continue;
            }
            browser.get(address);
            if (!browser.getCurrentUrl().startsWith(origin)
                    || browser.getCurrentUrl().contains("/login")) {
                continue;
            }
            found.add(address);
            for (WebElement link : browser.findElements(By.cssSelector("a[href]"))) {
                String href = link.getAttribute("href");
                if (href != null
                        && href.startsWith(origin)
                        && !SKIPPED.matcher(href).matches()) {
                    String withoutFragment = href.replaceAll("#.*$", "");
                    queue.add(withoutFragment);
                }
            }
        }
        return found;
    }

    private long documentHeight() {
        return ((Number) browser.executeScript("return document.documentElement.scrollHeight;")).longValue();
    }

    private static void write(List<String> heights) {
        try {
            Path report = Path.of("target", "page-heights.tsv");
            Files.createDirectories(report.getParent());
            List<String> lines = new ArrayList<>();
            lines.add("page\thauteur à " + WIDE + " px\thauteur à " + NARROW + " px");
            lines.addAll(heights);
            Files.write(report, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
