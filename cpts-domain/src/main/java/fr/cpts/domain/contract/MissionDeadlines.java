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
 * The deployment deadlines of the missions socle (délais de déploiement des missions) as data, with the text they come
 * from; the optional missions have none: the CPTS chooses their calendar.
 */
public final class MissionDeadlines {

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
