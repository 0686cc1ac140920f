package fr.cpts.web.document;

import static fr.cpts.web.document.DocumentFixtures.CPTS;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.money.Money;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The contract and the payment statement, rendered to PDF and read back as a person's PDF reader would. */
class ContractPdfsTest {

    private static ContractPdfs pdfs;
    private static PdfDocument contract;
    private static String contractText;
    private static PdfDocument statement;
    private static String statementText;

    @BeforeAll
    static void renderOnce() {
        pdfs = new ContractPdfs(new PdfRenderer());
        contract = pdfs.contract(DocumentFixtures.contract());
        contractText = text(contract);
        statement = pdfs.statement(DocumentFixtures.statement());
        statementText = text(statement);
    }

    @Test
    void theContractIsTitledWithTheCptsNameAndNamesTheThreeParties() {
        assertThat(contractText)
                .contains("Contrat tripartite ACI – " + CPTS)
                .contains("Contrat initial (version 1)")
                .contains("12 avenue de la Côte d'Argent, 33120 Arcachon")
                .contains("l'Agence régionale de santé Nouvelle-Aquitaine")
                .contains("la Caisse primaire d'assurance maladie compétente pour le département Gironde (33)")
                .contains("Population couverte par la CPTS : " + fr("148 300") + " habitants.")
                .contains("Taille 3 (de 80 000 à 175 000 habitants)")
                .contains("ACI CPTS 2019, avenant 2")
                .contains("Arrêté du 21 août 2019");
    }

    @Test
    void theContractListsEachMissionWithItsKindDatesAndFixedAmountWrittenInFrench() {
        assertThat(contractText)
                .contains("Amélioration de l'accès aux soins")
                .contains("Organisation de parcours pluriprofessionnels autour du patient")
                .contains("Développement de la qualité et de la pertinence des soins")
                .contains("Mission socle")
                .contains("Mission optionnelle")
                .contains("01/04/2025")
                .contains("31/03/2026")
                .contains("30/09/2026")
                .contains("31/03/2027")
                .contains(fr("35 000,00 €"))
                .contains(fr("20 000,00 €"))
                .contains("année 1 : " + fr("24 000,00 €"))
                .contains(fr("15 000,00 €"));
        assertThat(fr(Money.of("35000.00").toString()))
                .as("the amount as Money writes it")
                .isEqualTo("35\u202F000,00\u202F€");
    }

    @Test
    void theContractShowsEachIndicatorWithItsBaselineTargetAndReward() {
        assertThat(contractText)
                .contains("Patients de 17 ans et plus sans médecin traitant")
                .contains("12,5 %")
                .contains("Palier 1 (11 %) : " + fr("3 000,00 €"))
                .contains("Objectif (9 %) : " + fr("10 000,00 €"))
                .contains("Soins non programmés régulés par le SAS")
                .contains(fr("7 500,50 €") + " si la cible est atteinte")
                .contains("Parcours « insuffisance cardiaque » formalisés")
                .contains("Cette mission n'a pas d'indicateur de part variable.");
    }

    @Test
    void theContractTotalsTheFixedPartTheVariableMaximumAndTheYearlyMaximum() {
        assertThat(contractText)
                .contains("Total de la part fixe annuelle " + fr("70 000,00 €"))
                .contains("Part variable annuelle maximale " + fr("22 500,50 €"))
                .contains("Financement annuel maximal " + fr("92 500,50 €"));
    }

    @Test
    void theContractShowsTheThreeSignersWithTheirSignatureTimesInParis() {
        assertThat(contractText)
                .contains("Pour la CPTS")
                .contains("Élodie Lefèvre")
                .contains("Présidente de la CPTS")
                .contains("Signé le 14/03/2025 à 10:30")
                .contains("Pour l'ARS Nouvelle-Aquitaine")
                .contains("François Guérin")
                .contains("Signé le 17/03/2025 à 16:05")
                .contains("Pour la CPAM de la Gironde")
                .contains("Hélène Baptiste")
                .contains("Signé le 02/04/2025 à 09:45")
                .contains("Fait le 02/04/2025");
    }

    @Test
    void everyPageOfTheContractIsNumberedInItsFooter() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(contract.bytes())) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            for (int page = 1; page <= pages; page++) {
                assertThat(contractText).contains("Page " + page + " sur " + pages);
            }
        }
        assertThat(contractText).contains("Contrat tripartite ACI – " + CPTS + " – version 1");
    }

    @Test
    void anAmendmentShowsItsNumberAndItsReason() {
        String text = text(pdfs.contract(DocumentFixtures.amendment(3, "Ajout de la mission optionnelle qualité")));
        assertThat(text)
                .contains("Avenant n° 2 (version 3 du contrat)")
                .contains("Objet de l'avenant : Ajout de la mission optionnelle qualité")
                .doesNotContain("Contrat initial");
    }

    @Test
    void theStatementShowsThePeriodTheFixedPartAndTheTotals() {
        assertThat(statementText)
                .contains("Relevé de paiement – année 2 du contrat ACI")
                .contains(CPTS)
                .contains("Année 2 du contrat : du 02/04/2026 au 01/04/2027")
                .contains("Contrat en vigueur : version 2")
                .contains("Amélioration de l'accès aux soins " + fr("35 000,00 €"))
                .contains("Part fixe due " + fr("70 000,00 €"))
                .contains("Part variable acquise " + fr("10 500,50 €"))
                .contains("Total dû pour l'année 2 " + fr("80 500,50 €"))
                .contains("Avances déjà versées " + fr("52 500,00 €"))
                .contains("Solde à verser " + fr("28 000,50 €"))
                .contains("Revue annuelle clôturée le 18/06/2027 par Julien Bernard, agent de la CPAM de la Gironde.");
    }

    @Test
    void theStatementExplainsEachIndicatorAndTheReasonTheCpamAdjustedOne() {
        assertThat(statementText)
                .contains("Patients de 17 ans et plus sans médecin traitant")
                .contains("9 % 10,4 % Ajusté par la CPAM " + fr("3 000,00 €"))
                .contains("Motif de l'ajustement : Les données de l'Assurance maladie au 31/12 donnent 10,4 % de "
                        + "patients sans médecin traitant.")
                .contains("palier 1 (11 %) atteint, palier 2 (10 %) non atteint")
                .contains("1 350 demandes 1 350 demandes Accepté " + fr("7 500,50 €"))
                .contains("Cible de 1 200 demandes atteinte");
        assertThat(statementText.indexOf("Motif de l'ajustement"))
                .as("only the adjusted indicator has a reason")
                .isEqualTo(statementText.lastIndexOf("Motif de l'ajustement"));
    }

    @Test
    void theFingerprintIsTheSha256OfTheBytes() {
        assertThat(contract.sha256())
                .isEqualTo(PdfDocument.sha256Of(contract.bytes()))
                .matches("[0-9a-f]{64}");
        assertThat(statement.sha256()).isEqualTo(PdfDocument.sha256Of(statement.bytes()));
        assertThat(contract.size()).isEqualTo(contract.bytes().length);
        assertThat(new String(contract.bytes(), 0, 5, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
    }

    @Test
    void theFileNamesNameTheCptsWithoutAccentsNorSpaces() {
        assertThat(contract.filename()).isEqualTo("contrat-aci-cpts-du-bassin-d-arcachon-v1.pdf");
        assertThat(statement.filename()).isEqualTo("releve-paiement-cpts-du-bassin-d-arcachon-annee-2.pdf");
        assertThat(ContractPdfs.slug("CPTS Cœur d'Hérault – Élan")).isEqualTo("cpts-coeur-d-herault-elan");
    }

    @Test
    void renderingTheSameDocumentAgainGivesTheSameBytesDatedByTheDocumentNotByTheClock() throws IOException {
        PdfDocument again = pdfs.contract(DocumentFixtures.contract());
        assertThat(again.sha256()).isEqualTo(contract.sha256());
        assertThat(pdfs.statement(DocumentFixtures.statement()).bytes()).isEqualTo(statement.bytes());
        try (PDDocument pdf = Loader.loadPDF(contract.bytes())) {
            assertThat(pdf.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(DocumentFixtures.CPAM_SIGNED);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Contrat tripartite ACI – " + CPTS);
        }
        try (PDDocument pdf = Loader.loadPDF(statement.bytes())) {
            assertThat(pdf.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(Instant.parse("2027-06-17T22:00:00Z"));
        }
    }

    @Test
    void documentsRenderedAtTheSameTimeAreTheSameAsRenderedOneByOne() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<PdfDocument>> contracts = new ArrayList<>();
            List<Future<PdfDocument>> statements = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                contracts.add(threads.submit(() -> pdfs.contract(DocumentFixtures.contract())));
                statements.add(threads.submit(() -> pdfs.statement(DocumentFixtures.statement())));
            }
            for (Future<PdfDocument> rendered : contracts) {
                assertThat(rendered.get(60, TimeUnit.SECONDS).sha256()).isEqualTo(contract.sha256());
            }
            for (Future<PdfDocument> rendered : statements) {
                assertThat(rendered.get(60, TimeUnit.SECONDS).sha256()).isEqualTo(statement.sha256());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void accentsEuroSignsAndFrenchSpacesSurviveInAnEmbeddedTrueTypeFont() throws IOException {
        String narrow = "\u202F";
        String noBreak = "\u00A0";
        ContractDocument original = DocumentFixtures.contract();
        ContractDocument spaced = new ContractDocument(
                "CPTS Cœur" + noBreak + "d'Hérault",
                original.departement(),
                original.region(),
                original.address(),
                1,
                null,
                original.signedOn(),
                original.population(),
                "de 80" + narrow + "000 à 175" + narrow + "000 habitants",
                original.ruleSetName(),
                original.legalReference(),
                original.missions(),
                original.fixedTotal(),
                original.variableMaximum(),
                original.signatures());
        PdfDocument pdf = pdfs.contract(spaced);
        String text = text(pdf);

        assertThat(text)
                .contains("CPTS Cœur" + noBreak + "d'Hérault")
                .contains("de 80" + narrow + "000 à 175" + narrow + "000 habitants")
                .contains("«" + noBreak + "la CPTS" + noBreak + "»")
                .contains("é")
                .contains("è")
                .contains("à")
                .contains("ç")
                .contains("œ")
                .contains("€")
                .doesNotContain("#");
        assertThat(fontsOf(pdf)).isNotEmpty().allSatisfy(font -> assertThat(font)
                .contains("DejaVuSans"));
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    assertThat(resources.getFont(name).isEmbedded())
                            .as("font %s embedded", name)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void textFromTheCallerIsShownAsWrittenNeverReadAsMarkup() {
        ContractDocument original = DocumentFixtures.contract();
        ContractDocument odd = new ContractDocument(
                "CPTS <b>Sud</b> & <img src=\"http://127.0.0.1/x.png\"/>",
                original.departement(),
                original.region(),
                original.address(),
                1,
                null,
                original.signedOn(),
                original.population(),
                original.bracket(),
                original.ruleSetName(),
                original.legalReference(),
                original.missions(),
                original.fixedTotal(),
                original.variableMaximum(),
                original.signatures());
        assertThat(text(pdfs.contract(odd))).contains("CPTS <b>Sud</b> & <img src=\"http://127.0.0.1/x.png\"/>");
    }

    /**
     * An amount or number as the documents write it: French, with narrow no-break spaces (U+202F) between thousands
     * and before « € », e.g. {@code fr("3 000,00 €")}.
     */
    private static String fr(String french) {
        return french.replace(' ', '\u202F').replace('\u00A0', '\u202F');
    }

    private static Set<String> fontsOf(PdfDocument document) throws IOException {
        Set<String> names = new TreeSet<>();
        try (PDDocument pdf = Loader.loadPDF(document.bytes())) {
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    names.add(font.getName());
                }
            }
        }
        return names;
    }

    /**
     * The text a reader extracts, with runs of line breaks and ordinary spaces made one space (no-break spaces kept),
     * and a line that breaks after a hyphen joined to the next.
     */
    static String text(PdfDocument document) {
        try (PDDocument pdf = Loader.loadPDF(document.bytes())) {
            return new PDFTextStripper().getText(pdf).replaceAll("-\\R", "-").replaceAll("[ \\t\\r\\n]+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
