package fr.cpts.web.demo;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.dossier.DossierMove;
import fr.cpts.domain.dossier.OpinionBody;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.money.Money;
import fr.cpts.web.FrenchFormats;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/** The story of each demo CPTS, day by day, up to {@code now}. */
final class DemoChapters {

    private DemoChapters() {}

    /** The territory drawn and the CPTS described a month ago; nothing filed yet. */
    static void paysBasque(DemoStory story, Instant now) {
        story.on(days(now, 30)).drawsTerritory(DemoTerritory.PAYS_BASQUE).describes(DemoTerritory.PAYS_BASQUE);
    }

    /** The letter filed three weeks ago and taken by the ARS, who asks a question and the CPAM's opinion. */
    static void sudGironde(DemoStory story, Instant now, Account ars) {
        story.on(days(now, 45))
                .drawsTerritory(DemoTerritory.SUD_GIRONDE)
                .describes(DemoTerritory.SUD_GIRONDE)
                .daysLater(5)
                .drafts(DossierKind.LETTRE_INTENTION, DemoContents.letter("Sud Gironde", "Langon, Bazas et La Réole"))
                .on(days(now, 21))
                .files(DossierKind.LETTRE_INTENTION)
                .on(days(now, 12))
                .arsDecides(ars, DossierKind.LETTRE_INTENTION, DossierMove.TAKE)
                .daysLater(1)
                .arsWrites(
                        ars,
                        DossierKind.LETTRE_INTENTION,
                        "Bonjour, pouvez-vous préciser les établissements de santé associés au projet ?")
                .arsComments(
                        ars,
                        DossierKind.LETTRE_INTENTION,
                        "Territoire cohérent avec le bassin de vie de Langon ; vérifier la MSP de Bazas.")
                .daysLater(1)
                .arsAsksOpinion(
                        ars,
                        DossierKind.LETTRE_INTENTION,
                        OpinionBody.CPAM,
                        "Le territoire et les orientations vous paraissent-ils cohérents avec les besoins repérés ?");
        story.on(days(now, 9));
        long filed = story.draftsSubsidyRequest(
                DemoContents.generalPractitioner(story.date().minusDays(11)));
        story.daysLater(1).filesSubsidyRequest(filed);
        story.on(days(now, 2))
                .draftsSubsidyRequest(DemoContents.cardiologist(story.date().plusDays(32)));
    }

    /** The letter validated with a FIR seed grant; the health project being written. */
    static void hauteLande(DemoStory story, Instant now, Account ars) {
        Instant from = days(now, 200);
        story.on(from.minus(Duration.ofDays(10)))
                .drawsTerritory(DemoTerritory.HAUTE_LANDE)
                .describes(DemoTerritory.HAUTE_LANDE);
        validatedLetter(story, from, "Haute-Lande", "Labouheyre, Sabres et Pissos", ars);
        story.on(days(now, 120))
                .arsGrantsSeed(ars, Money.euros(30_000))
                .on(days(now, 60))
                .drafts(DossierKind.PROJET_SANTE, DemoContents.hauteLandeProjectDraft());
    }

    private static void validatedDossiers(
            DemoStory story,
            DemoTerritory territory,
            String name,
            String communes,
            Instant letterFrom,
            Instant projectFrom,
            Account ars) {
        story.on(letterFrom.minus(Duration.ofDays(10)))
                .drawsTerritory(territory)
                .describes(territory);
        validatedLetter(story, letterFrom, name, communes, ars);
        story.on(projectFrom)
                .drafts(DossierKind.PROJET_SANTE, DemoContents.healthProject())
                .daysLater(10)
                .files(DossierKind.PROJET_SANTE)
                .daysLater(10)
                .arsDecides(ars, DossierKind.PROJET_SANTE, DossierMove.TAKE)
                .daysLater(40)
                .arsDecides(ars, DossierKind.PROJET_SANTE, DossierMove.VALIDATE);
    }

    private static void validatedLetter(DemoStory story, Instant from, String name, String communes, Account ars) {
        story.on(from)
                .drafts(DossierKind.LETTRE_INTENTION, DemoContents.letter(name, communes))
                .daysLater(10)
                .files(DossierKind.LETTRE_INTENTION)
                .daysLater(5)
                .arsDecides(ars, DossierKind.LETTRE_INTENTION, DossierMove.TAKE)
                .daysLater(25)
                .arsDecides(ars, DossierKind.LETTRE_INTENTION, DossierMove.VALIDATE);
    }

    /**
     * Negotiated a month before, signed by the porteur then the ARS and the CPAM on the same day; then the porteur
     * reports its missions as they start and deploy (prevention never reported: flagged late).
     */
    private static void signedContract(DemoStory story, Instant signedAt, Account ars, Account cpam) {
        LocalDate signedOn = signedAt.atZone(FrenchFormats.PARIS).toLocalDate();
        story.on(signedAt.minus(Duration.ofDays(30)))
                .draftsContract(signedOn, DemoContents.arcachonMissions(signedOn))
                .on(signedAt)
                .porteurSigns()
                .on(signedAt.plus(Duration.ofHours(2)))
                .signs(ars)
                .on(signedAt.plus(Duration.ofHours(5)))
                .signs(cpam);
        report(story, signedOn.plusMonths(4), Mission.PARCOURS, signedOn.plusMonths(4), null);
        report(story, signedOn.plusMonths(10), Mission.CRISES_SANITAIRES, signedOn, signedOn.plusMonths(10));
        report(story, signedOn.plusMonths(11), Mission.ACCES_SOINS, signedOn, signedOn.plusMonths(11));
    }

    private static void report(
            DemoStory story, LocalDate on, Mission mission, LocalDate startedOn, LocalDate fullyDeployedOn) {
        story.on(on.atTime(18, 0).atZone(FrenchFormats.PARIS).toInstant())
                .reportsProgress(mission, startedOn, fullyDeployedOn);
    }

    /** Both dossiers validated; the contract signed fifteen months ago; its year 1 filed and awaiting the CPAM. */
    static void arcachon(DemoStory story, Instant now, Account ars, Account cpam) {
        validatedDossiers(
                story,
                DemoTerritory.BASSIN_ARCACHON,
                "Bassin d'Arcachon",
                "Arcachon, La Teste-de-Buch et Gujan-Mestras",
                days(now, 810),
                days(now, 560),
                ars);
        signedContract(story, days(now, 450), ars, cpam);
        story.on(days(now, 75))
                .opensReview(1)
                .daysLater(5)
                .declares(1, DemoContents.ARCACHON_YEAR_1_VALUES, DemoContents.ARCACHON_YEAR_1_COMMENTS)
                .daysLater(10)
                .filesReview(1);
    }

    /** Both dossiers validated by the ARS of Guadeloupe; the contract signed twenty months ago. */
    static void grandeTerreSud(DemoStory story, Instant now, Account ars, Account cgss) {
        validatedDossiers(
                story,
                DemoTerritory.GRANDE_TERRE_SUD,
                "Grande-Terre Sud",
                "Les Abymes, Pointe-à-Pitre et Le Gosier",
                days(now, 910),
                days(now, 700),
                ars);
        signedContract(story, days(now, 600), ars, cgss);
    }

    private static Instant days(Instant now, long ago) {
        return now.minus(Duration.ofDays(ago));
    }
}
