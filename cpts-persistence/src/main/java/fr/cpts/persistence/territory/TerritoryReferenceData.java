package fr.cpts.persistence.territory;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The content of one edition of {@code @etalab/decoupage-administratif}, as read from its JSON files: régions,
 * départements, current communes (type {@code commune-actuelle}) and the municipal arrondissements of Paris, Lyon and
 * Marseille (type {@code arrondissement-municipal}, naming the commune they divide; the delegated and associated
 * communes are left out) and EPCI with their members.
 */
record TerritoryReferenceData(
        ReferenceDataFiles.Edition edition,
        List<RegionRow> regions,
        List<DepartementRow> departements,
        List<CommuneRow> communes,
        List<EpciRow> epcis) {

    static final String CURRENT_COMMUNE = "commune-actuelle";
    static final String MUNICIPAL_ARRONDISSEMENT = "arrondissement-municipal";

    record RegionRow(String code, String nom) {}

    record DepartementRow(String code, String nom, String region) {}

    /**
     * {@code population} and {@code codesPostaux} are missing for a few uninhabited overseas territories;
     * {@code commune} is the commune a municipal arrondissement divides (null for a commune).
     */
    record CommuneRow(
            String code,
            String nom,
            String type,
            Integer population,
            List<String> codesPostaux,
            String departement,
            String region,
            String commune) {

        /** The commune an arrondissement divides; null for a commune. */
        String divides() {
            return MUNICIPAL_ARRONDISSEMENT.equals(type) ? commune : null;
        }

        List<String> postalCodes() {
            return codesPostaux == null ? List.of() : codesPostaux;
        }
    }

    record EpciRow(String code, String nom, String type, Integer populationMunicipale, List<Member> membres) {

        List<Member> members() {
            return membres == null ? List.of() : membres;
        }
    }

    record Member(String code) {}

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static TerritoryReferenceData read(ReferenceDataFiles files) throws IOException {
        List<CommuneRow> communes = read(files, "communes.json", new TypeReference<List<CommuneRow>>() {}).stream()
                .filter(commune ->
                        CURRENT_COMMUNE.equals(commune.type()) || MUNICIPAL_ARRONDISSEMENT.equals(commune.type()))
                .toList();
        return new TerritoryReferenceData(
                files.edition(),
                read(files, "regions.json", new TypeReference<>() {}),
                read(files, "departements.json", new TypeReference<>() {}),
                communes,
                read(files, "epci.json", new TypeReference<>() {}));
    }

    private static <T> List<T> read(ReferenceDataFiles files, String fileName, TypeReference<List<T>> type)
            throws IOException {
        try (InputStream stream = files.open(fileName)) {
            return JSON.readValue(stream, type);
        }
    }
}
