package fr.cpts.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.payment.PaymentOrders;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.web.payment.PaymentFixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The CPAM officer's ledger in a real browser: the late orders are listed, two are ticked and paid under one
 * reference, a third is opened, suspended with a reason and resumed; every page passes axe-core's WCAG 2.1 AA rules.
 */
class PaymentLedgerBrowserTest extends BrowserTest {

    @Autowired
    CptsRecords records;

    @Autowired
    PaymentOrders orders;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCpamPaysTwoLateOrdersAtOnceAndSuspendsAndResumesAThird() {
        CptsRecord cpts = records.create(
                "CPTS Registre navigateur " + System.nanoTime(), new RegionCode("75"), new DepartementCode("33"));
        LocalDate today = LocalDate.now();
        long first = PaymentFixtures.dueOrder(transactions, orders, cpts.id(), today.minusDays(20));
        long second = PaymentFixtures.dueOrder(transactions, orders, cpts.id(), today.minusDays(10));
        long third = PaymentFixtures.dueOrder(transactions, orders, cpts.id(), today.minusDays(5));

        signIn("cpam", "cpam-demo");
        browser.get(url("/cpam/paiements?vue=en-retard"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Registre des paiements");
        assertThat(Accessibility.violations(browser))
                .as("registre, ordres en retard")
                .isEmpty();

        browser.findElement(By.cssSelector("label[for=ordre-" + first + "]")).click();
        browser.findElement(By.cssSelector("label[for=ordre-" + second + "]")).click();
        browser.executeScript(
                "document.getElementById('paidOn').value = arguments[0]",
                today.minusDays(1).toString());
        browser.findElement(By.id("reference")).sendKeys("VIR-NAVIGATEUR-1");
        submit(By.cssSelector("#paiement button[type=submit]"));
        assertThat(browser.findElement(By.id("message-succes")).getText())
                .contains("2 ordres sont enregistrés comme payés (référence VIR-NAVIGATEUR-1)");
        assertThat(jdbc.queryForList(
                        "select state from payment_order where id in (?, ?, ?) order by id",
                        String.class,
                        first,
                        second,
                        third))
                .containsExactly("PAID", "PAID", "DUE");

        browser.get(url("/cpam/paiements/" + third));
        assertThat(Accessibility.violations(browser)).as("ordre de paiement").isEmpty();
        browser.findElement(By.id("reason")).sendKeys("Coordonnées bancaires à vérifier");
        submit(By.cssSelector("#suspension button[type=submit]"));
        assertThat(browser.findElement(By.id("message-succes")).getText()).contains("L'ordre est suspendu");
        assertThat(browser.getPageSource()).contains("Coordonnées bancaires à vérifier");
        submit(By.cssSelector("form[action$='/reprise'] button[type=submit]"));
        assertThat(browser.findElement(By.id("message-succes")).getText()).contains("de nouveau à payer");

        browser.get(url("/cpam/paiements?vue=payes"));
        assertThat(browser.getPageSource()).contains("VIR-NAVIGATEUR-1");
        assertThat(Accessibility.violations(browser))
                .as("registre, ordres payés")
                .isEmpty();
    }
}
