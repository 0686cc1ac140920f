package fr.cpts.domain.contract;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.shared.ArchivedDocument;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where ACI contracts are kept: every version, signed or in preparation, with its signatures; the PDF issued for each
 * signed version; what the CPTS reports of its missions' deployment. A signed version is never rewritten.
 */
public interface Contracts {

    Optional<VersionedContract> of(CptsId cpts);

    /** The contracts of these CPTS (those that have one). */
    List<VersionedContract> ofCpts(Collection<CptsId> cpts);

    /**
     * Saves the contract read at {@code expectedVersion} (0 for a new one) and returns its new version; refused with
     * {@link ContractConflict} if someone saved it since.
     */
    long save(AciContract contract, long expectedVersion);

    /** Keeps the PDF issued for a signed version; a version's PDF is issued once. */
    void archive(CptsId cpts, int version, ArchivedDocument pdf);

    Optional<ArchivedDocument> document(CptsId cpts, int version);

    /** The SHA-256 of each version's issued PDF, by version, without reading the documents. */
    Map<Integer, String> documentFingerprints(CptsId cpts);

    /** What each of these CPTS reported, in one read (CPTS that reported nothing are absent). */
    Map<CptsId, Map<Mission, MissionProgress>> progressOf(Collection<CptsId> cpts);

    void saveProgress(CptsId cpts, MissionProgress progress);
}
