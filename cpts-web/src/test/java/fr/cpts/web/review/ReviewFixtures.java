package fr.cpts.web.review;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.contract.AciContract;
import fr.cpts.domain.contract.BinaryReward;
import fr.cpts.domain.contract.ContractMission;
import fr.cpts.domain.contract.ContractTerms;
import fr.cpts.domain.contract.Contracts;
import fr.cpts.domain.contract.Indicator;
import fr.cpts.domain.contract.MissionDeadlines;
import fr.cpts.domain.contract.RewardTier;
import fr.cpts.domain.contract.SignedContract;
import fr.cpts.domain.contract.TieredReward;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.review.YearlyReview;
import fr.cpts.domain.review.YearlyReviews;
import fr.cpts.domain.shared.ArchivedDocument;
import fr.cpts.domain.shared.PdfFile;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Signed ACI contracts and yearly reviews stored through the domain ports, for the tests of the review pages: a CPTS
 * of 60 000 inhabitants (bracket T2) with the four missions socle and three indicators, signed 400 days ago, so that
 * contract years 1 and 2 have started and year 3 has not.
 * <pre>
 * mission       start            fixed     indicator (baseline → target: reward)
 * accès         signature        50 000 €  ALD sans médecin traitant 219 → 50: ≤ 219 → 3 000, ≤ 100 → 6 000, ≤ 50 → 9 000
 * parcours      signature + 3 m  30 000 €  parcours formalisés 0 → 3: 10 000 if reached
 * prévention    signature + 6 m  20 000 €  dépistage 28,5 → 40: socle 30 → 1 000, intermédiaire 35 → 2 500, objectif 40 → 3 500
 * crises        signature        15 000 €  none
 * </pre>
 */
public final class ReviewFixtures {

    public static final String ALD = "Patients en ALD sans médecin traitant";
    public static final String PARCOURS = "Parcours pluriprofessionnels formalisés";
    public static final String SCREENING = "Taux de dépistage du cancer colorectal (%)";
    public static final long POPULATION = 60_000;
    public static final byte[] PDF = "%PDF-1.4\n% justificatif\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    static final Actor PORTEUR = new Actor("porteur-contrat", "Porteur signataire", Role.PORTEUR);
    static final Actor ARS = new Actor("ars", "Julien Lefèvre (ARS Nouvelle-Aquitaine)", Role.ARS_OFFICER);
    static final Actor CPAM = new Actor("cpam", "Agent CPAM signataire", Role.CPAM_OFFICER);

    private ReviewFixtures() {}

    /** Today in metropolitan France. */
    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    /** The terms of a contract signed on that day. */
    public static ContractTerms terms(LocalDate signedOn) {
        return new ContractTerms(
                "T2",
                POPULATION,
                List.of(
                        new ContractMission(
                                Mission.ACCES_SOINS,
                                signedOn,
                                signedOn.plusMonths(12),
                                Money.euros(50_000),
                                List.of(new Indicator(
                                        ALD,
                                        new BigDecimal("219"),
                                        new BigDecimal("50"),
                                        new TieredReward(List.of(
                                                new RewardTier("101 à 219", new BigDecimal("219"), Money.euros(3_000)),
                                                new RewardTier("51 à 100", new BigDecimal("100"), Money.euros(6_000)),
                                                new RewardTier(
                                                        "50 ou moins", new BigDecimal("50"), Money.euros(9_000))))))),
                        new ContractMission(
                                Mission.PARCOURS,
                                signedOn.plusMonths(3),
                                signedOn.plusMonths(15),
                                Money.euros(30_000),
                                List.of(new Indicator(
                                        PARCOURS,
                                        BigDecimal.ZERO,
                                        new BigDecimal("3"),
                                        new BinaryReward(Money.euros(10_000))))),
                        new ContractMission(
                                Mission.PREVENTION,
                                signedOn.plusMonths(6),
                                signedOn.plusMonths(18),
                                Money.euros(20_000),
                                List.of(new Indicator(
                                        SCREENING,
                                        new BigDecimal("28.5"),
                                        new BigDecimal("40"),
                                        new TieredReward(List.of(
                                                new RewardTier("socle", new BigDecimal("30"), Money.euros(1_000)),
                                                new RewardTier(
                                                        "intermédiaire", new BigDecimal("35"), Money.euros(2_500)),
                                                new RewardTier(
                                                        "objectif", new BigDecimal("40"), Money.euros(3_500))))))),
                        new ContractMission(
                                Mission.CRISES_SANITAIRES,
                                signedOn,
                                signedOn.plusMonths(6),
                                Money.euros(15_000),
                                List.of())));
    }

    /** Stores a contract signed by the three parties 400 days ago, and returns the version in force. */
    public static SignedContract storeSignedContract(Contracts contracts, CptsId cpts) {
        return storeSignedContract(contracts, cpts, today().minusDays(400));
    }

    public static SignedContract storeSignedContract(Contracts contracts, CptsId cpts, LocalDate signedOn) {
        AciContract contract = AciContract.draft(
                cpts, signedOn.minusDays(30), signedOn, terms(signedOn), MissionDeadlines.aciWithAvenant2());
        Instant at = signedOn.atTime(10, 0).toInstant(ZoneOffset.UTC);
        contract.sign(PORTEUR, at);
        contract.sign(ARS, at.plusSeconds(3_600));
        contract.sign(CPAM, at.plusSeconds(7_200));
        contracts.save(contract, 0);
        return contract.active().orElseThrow();
    }

    /** A review of that year with every indicator declared (ALD 80, 2 parcours, dépistage 36,2), filed; version 1. */
    public static YearlyReview storeSubmittedReview(YearlyReviews reviews, SignedContract contract, int year) {
        YearlyReview review = submitted(contract, year);
        reviews.save(review, 0);
        return review;
    }

    /** A review of that year filed and closed with every declared value accepted, and a statement archived. */
    public static YearlyReview storeClosedReview(YearlyReviews reviews, SignedContract contract, int year) {
        YearlyReview review = submitted(contract, year);
        Instant at = Instant.now();
        review.indicators().forEach(name -> review.accept(name, CPAM, at));
        review.close(CPAM, at);
        reviews.save(review, 0);
        reviews.archiveStatement(
                contract.cpts(),
                year,
                ArchivedDocument.issue("releve-annee-" + year + ".pdf", PDF, at),
                Optional.empty());
        return review;
    }

    /** The values {@link #storeSubmittedReview} declares. */
    public static Map<String, BigDecimal> declaredValues() {
        return Map.of(ALD, new BigDecimal("80"), PARCOURS, new BigDecimal("2"), SCREENING, new BigDecimal("36.2"));
    }

    /** Every indicator declared: the values above for this class's contract, the target for another one. */
    static YearlyReview submitted(SignedContract contract, int year) {
        YearlyReview review = declared(contract, year);
        review.submit(PORTEUR, review.openedAt().plusSeconds(60));
        return review;
    }

    private static YearlyReview declared(SignedContract contract, int year) {
        Instant at = Instant.now().minusSeconds(600);
        YearlyReview review = YearlyReview.open(contract, year, at);
        Map<String, BigDecimal> values = declaredValues();
        for (Indicator indicator : contract.indicators()) {
            review.declare(
                    indicator.name(),
                    values.getOrDefault(indicator.name(), indicator.target()),
                    "Source : tableau de bord",
                    PORTEUR,
                    at);
        }
        return review;
    }

    /**
     * A review of that year declared, given a piece of evidence on its first indicator while still a draft, then
     * filed (stored at version 2); returns the evidence's identifier.
     */
    public static long storeSubmittedReviewWithEvidence(
            YearlyReviews reviews, SignedContract contract, int year, String filename) {
        YearlyReview review = declared(contract, year);
        reviews.save(review, 0);
        long evidence = reviews.addEvidence(
                contract.cpts(), year, review.indicators().get(0), new PdfFile(filename, PDF), PORTEUR, Instant.now());
        review.submit(PORTEUR, review.openedAt().plusSeconds(60));
        reviews.save(review, 1);
        return evidence;
    }

    /**
     * For the authorization matrix: on both CPTS (in and out of the test accounts' scope), a signed contract (the one
     * already in force, if any), year 1 closed with its statement archived, year 2 filed (at version 2) with a piece
     * of evidence.
     */
    public static MatrixReviews matrix(Contracts contracts, YearlyReviews reviews, CptsId in, CptsId out) {
        long[] evidence = new long[2];
        CptsId[] both = {in, out};
        for (int i = 0; i < 2; i++) {
            CptsId cpts = both[i];
            // a contract another fixture already signed for that CPTS is reviewed as it is
            SignedContract contract = contracts
                    .of(cpts)
                    .flatMap(stored -> stored.contract().active())
                    .orElseGet(() -> {
                        if (contracts.of(cpts).isPresent()) {
                            throw new IllegalStateException("The CPTS of the matrix has a contract not yet signed: "
                                    + "its yearly reviews need one in force.");
                        }
                        return storeSignedContract(contracts, cpts);
                    });
            storeClosedReview(reviews, contract, 1);
            evidence[i] = storeSubmittedReviewWithEvidence(
                    reviews, contract, 2, i == 0 ? "dans-le-perimetre.pdf" : "hors-perimetre.pdf");
        }
        return new MatrixReviews(evidence[0], evidence[1]);
    }

    /** The evidence identifiers of the matrix's year-2 reviews, in and out of scope. */
    public record MatrixReviews(long inEvidence, long outEvidence) {}
}
