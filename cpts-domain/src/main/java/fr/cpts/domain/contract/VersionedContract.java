package fr.cpts.domain.contract;

import fr.cpts.domain.mission.Mission;
import java.util.Map;
import java.util.Objects;

/**
 * A contract as read from storage, with the version to give back when saving it (optimistic locking) and what the
 * CPTS reported of its missions' deployment, read with it (changed through {@link Contracts#saveProgress}).
 */
public record VersionedContract(AciContract contract, long version, Map<Mission, MissionProgress> progress) {

    public VersionedContract {
        Objects.requireNonNull(contract, "contrat");
        progress = Map.copyOf(progress);
    }
}
