package fr.cpts.web.browser;

import fr.cpts.persistence.testing.PostgresTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of what a person does in a real browser: the whole application on a random port and a real PostgreSQL
 * (demo data loaded), and a fresh headless Chromium for each test (skipped when Chromium is absent).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PostgresTestDatabase.class)
abstract class BrowserTest {

    @LocalServerPort
    protected int port;

    protected ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
    }

    /** The address of a page of the application under test. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
