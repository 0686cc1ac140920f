package fr.cpts.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.cpts.domain.shared.FrenchDates;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module boundaries, said once more in words: a Spring-free core, and web reaching storage only through ports. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.cpts");
    }

    @Test
    void theDomainAndTheFundingRulesUseNoFrameworkNorPersistenceNorServlet() {
        noClasses()
                .that()
                .resideInAnyPackage("fr.cpts.domain..", "fr.cpts.funding..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "jakarta.servlet..", "org.hibernate..")
                .check(classes);
    }

    @Test
    void theDomainDependsOnNoOtherModule() {
        noClasses()
                .that()
                .resideInAPackage("fr.cpts.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("fr.cpts.funding..", "fr.cpts.persistence..", "fr.cpts.web..")
                .check(classes);
    }

    @Test
    void theFundingRulesDependOnTheDomainOnly() {
        noClasses()
                .that()
                .resideInAPackage("fr.cpts.funding..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("fr.cpts.persistence..", "fr.cpts.web..")
                .check(classes);
    }

    @Test
    void theWebReachesStorageOnlyThroughTheDomainPorts() {
        noClasses()
                .that()
                .resideInAPackage("fr.cpts.web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("fr.cpts.persistence..")
                .check(classes);
    }

    @Test
    void persistenceKnowsNothingOfTheWeb() {
        noClasses()
                .that()
                .resideInAPackage("fr.cpts.persistence..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("fr.cpts.web..", "fr.cpts.funding..")
                .check(classes);
    }

    @Test
    void timeComesFromTheOneClockBean() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(WebConfiguration.class.getName())
                .should()
                .callMethod(Instant.class, "now")
                .orShould()
                .callMethod(LocalDate.class, "now")
                .orShould()
                .callMethod(LocalDate.class, "now", ZoneId.class)
                .orShould()
                .callMethod(LocalDateTime.class, "now")
                .orShould()
                .callMethod(Clock.class, "systemUTC")
                .orShould()
                .callMethod(Clock.class, "systemDefaultZone")
                .orShould()
                .callMethod(Clock.class, "system", ZoneId.class)
                .because("the one Clock bean (WebConfiguration) gives the time, so that demo data and tests can set it")
                .check(classes);
    }

    @Test
    void everyDateAPersonReadsIsWrittenInOnePlace() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(FrenchDates.class.getName())
                .should()
                .callMethod(DateTimeFormatter.class, "ofPattern", String.class)
                .orShould()
                .callMethod(DateTimeFormatter.class, "ofPattern", String.class, Locale.class)
                .because("FrenchDates writes every date a person reads (dd/MM/yyyy, Paris time), in pages, PDFs, "
                        + "CSV, refusals and explanations alike")
                .check(classes);
    }
}
