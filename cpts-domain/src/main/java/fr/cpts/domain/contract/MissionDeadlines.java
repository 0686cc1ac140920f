package fr.cpts.domain.contract;

import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.mission.MissionKind;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The set of missions socle of a contract and their deployment deadlines (délais de déploiement des missions) as data,
 * with the day from which the set applies to new contracts and the text it comes from; the optional missions have
 * none: the CPTS chooses their calendar. Two sets, picked by the signature date ({@link #forSignatureOn}): the ACI of
 * 2019 (three missions socle, the crisis mission imposed on running contracts from the day avenant 2 set) and avenant
 * 2 (four missions socle from the signature).
 */
public final class MissionDeadlines {

    /**
     * The day avenant 2 applies to new contracts, as the ACI rule set of cpts-funding dates it (JO of 31/03/2022, to
     * check against the JORF: see {@link #CRISIS_FOR_RUNNING_CONTRACTS}).
     */
    public static final LocalDate AVENANT_2_FROM = LocalDate.of(2022, 3, 31);

    /**
     * The day the crisis mission applies to contracts signed before avenant 2 (« entrera en vigueur à compter du 3
     * septembre 2022 »: cptsduval.fr, cptsautourdubois.fr; consistent with the 6-month delay of art. L. 162-14-1-1 CSS).
     */
    public static final LocalDate CRISIS_FOR_RUNNING_CONTRACTS = LocalDate.of(2022, 9, 3);

    /** Where the deadlines of {@link #aci2019()} come from. */
    public static final String ACI_2019_SOURCE = "Accord conventionnel interprofessionnel en faveur des CPTS (2019) : "
            + "trois missions socle, délais comptés à partir de la signature du contrat ; accès aux soins : démarrage "
            + "sous 6 mois, déploiement complet sous 18 mois ; parcours pluriprofessionnels et prévention : démarrage "
            + "sous 12 mois, déploiement complet sous 24 mois. Avenant 2 : réponse aux crises sanitaires graves, "
            + "mission socle des contrats en cours à compter du 03/09/2022 (cptsduval.fr, cptsautourdubois.fr ; date à "
            + "vérifier au JORF), mêmes délais que l'accès aux soins comptés à partir de cette date.";

    /** Where the deadlines of {@link #aciWithAvenant2()} come from. */
    public static final String ACI_AVENANT_2_SOURCE = "Accord conventionnel interprofessionnel en faveur des CPTS "
            + "(2019), modifié par son avenant 2 : délais comptés à partir de la signature du contrat ; accès aux "
            + "soins et réponse aux crises sanitaires graves : démarrage sous 6 mois, déploiement complet sous 18 mois ; "
            + "parcours pluriprofessionnels et prévention : démarrage sous 12 mois, déploiement complet sous 24 mois.";

    private final Map<Mission, MissionDeadline> byMission;
    private final String source;

    /** Every mission socle needs exactly one deadline; the source says which text sets them. */
    public MissionDeadlines(Collection<MissionDeadline> deadlines, String source) {
        Objects.requireNonNull(deadlines, "délais");
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("Les délais des missions doivent citer leur source.");
        }
        Map<Mission, MissionDeadline> map = new EnumMap<>(Mission.class);
        for (MissionDeadline deadline : deadlines) {
            if (map.put(deadline.mission(), deadline) != null) {
                throw new IllegalArgumentException(
                        "Deux délais pour la mission « " + deadline.mission().label() + " ».");
            }
        }
        for (Mission mission : Mission.values()) {
            if (mission.kind() == MissionKind.CORE && !map.containsKey(mission)) {
                throw new IllegalArgumentException("Aucun délai pour la mission socle « " + mission.label() + " ».");
            }
        }
        this.byMission = map;
        this.source = source.strip();
    }

    /** The set and deadlines of a contract signed that day: avenant 2 from {@link #AVENANT_2_FROM}, ACI 2019 before. */
    public static MissionDeadlines forSignatureOn(LocalDate signatureDate) {
        Objects.requireNonNull(signatureDate, "date de signature");
        return signatureDate.isBefore(AVENANT_2_FROM) ? aci2019() : aciWithAvenant2();
    }

    /** The ACI of 2019: three missions socle from the signature, the crisis mission from 03/09/2022. */
    public static MissionDeadlines aci2019() {
        return new MissionDeadlines(
                List.of(
                        new MissionDeadline(Mission.ACCES_SOINS, 6, 18),
                        new MissionDeadline(Mission.PARCOURS, 12, 24),
                        new MissionDeadline(Mission.PREVENTION, 12, 24),
                        new MissionDeadline(Mission.CRISES_SANITAIRES, 6, 18, CRISIS_FOR_RUNNING_CONTRACTS)),
                ACI_2019_SOURCE);
    }

    /** The deadlines in force since avenant 2 to the ACI (2 public sources agree). */
    public static MissionDeadlines aciWithAvenant2() {
        return new MissionDeadlines(
                List.of(
                        new MissionDeadline(Mission.ACCES_SOINS, 6, 18),
                        new MissionDeadline(Mission.PARCOURS, 12, 24),
                        new MissionDeadline(Mission.PREVENTION, 12, 24),
                        new MissionDeadline(Mission.CRISES_SANITAIRES, 6, 18)),
                ACI_AVENANT_2_SOURCE);
    }

    /** The deadline of a mission socle; empty for an optional mission. */
    public Optional<MissionDeadline> of(Mission mission) {
        return Optional.ofNullable(byMission.get(Objects.requireNonNull(mission, "mission")));
    }

    /** The due dates of a mission for a contract signed that day; empty for an optional mission. */
    public Optional<MissionDueDates> dueDates(Mission mission, LocalDate signedOn) {
        return of(mission).map(deadline -> deadline.dueDates(signedOn));
    }

    /** The missions socle a contract signed that day must hold from its signature. */
    public List<Mission> compulsoryAtSignature(LocalDate signedOn) {
        return byMission.values().stream()
                .filter(deadline -> deadline.compulsoryAtSignature(signedOn))
                .map(MissionDeadline::mission)
                .toList();
    }

    /** The missions socle of the set, each with its deadline. */
    public Collection<MissionDeadline> all() {
        return List.copyOf(byMission.values());
    }

    /** The text these deadlines come from. */
    public String source() {
        return source;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MissionDeadlines that && byMission.equals(that.byMission) && source.equals(that.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(byMission, source);
    }
}
