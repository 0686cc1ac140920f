package fr.cpts.domain.territory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The current French communes and the administrative areas around them, as read-only reference data
 * (repository port, implemented by persistence).
 */
public interface Communes {

    /**
     * At most {@code limit} current communes whose name starts with the text (compared as {@link SearchText}
     * does: any accents or case, hyphens optional) or, when the text {@linkplain InseeCode#isPrefix looks like a
     * code}, whose INSEE code starts with it; the most populated first (unknown populations last), then by name.
     * The municipal arrondissements are found, the communes divided into them are not (a territory holds the
     * arrondissements).
     */
    List<Commune> search(String text, int limit);

    /**
     * As {@link #search(String, int)}, the communes of that département first (a CPTS drawing its territory looks
     * around itself before the rest of France).
     */
    List<Commune> searchFrom(String departementCode, String text, int limit);

    /** The current commune with that code, if there is one. */
    Optional<Commune> byCode(InseeCode code);

    /** The current communes with these codes, in code order, and the codes that are no current commune. */
    CommuneLookup byCodes(Collection<InseeCode> codes);

    /** The EPCI with that SIREN, if there is one. */
    Optional<Epci> epci(String code);

    /** The EPCI the commune belongs to, if any (the uninhabited overseas territories belong to none). */
    Optional<Epci> epciOf(InseeCode commune);

    /**
     * At most {@code limit} current EPCI whose name contains the words typed (compared as {@link SearchText} does:
     * any accents or case), or whose SIREN starts with the digits typed; the most populated first.
     */
    List<Epci> searchEpci(String text, int limit);

    /**
     * The current member communes of an EPCI, a commune divided into municipal arrondissements given as its
     * arrondissements, the most populated first; empty for an unknown EPCI.
     */
    List<Commune> membersOf(String epciCode);

    /**
     * The current communes of a région, a commune divided into municipal arrondissements given as its
     * arrondissements, by code.
     */
    List<Commune> ofRegion(RegionCode region);

    /** How many current communes there are. */
    long count();

    /** Every département and collectivité d'outre-mer, by code. */
    List<Departement> departements();

    /** Every région and collectivité d'outre-mer, by code. */
    List<Region> regions();

    /** The reference data edition last loaded, if any was. */
    Optional<ReferenceDataVersion> version();
}
