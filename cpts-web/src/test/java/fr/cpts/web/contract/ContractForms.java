package fr.cpts.web.contract;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The contract form as a party fills it in: the four missions socle signed on 01/07/2024, parcours starting on
 * 01/01/2025 (prorated in year 1), three indicators, no optional mission.
 */
public final class ContractForms {

    public static final String ALD = "Patients en ALD sans médecin traitant";
    static final String PATHWAYS = "Parcours pluriprofessionnels formalisés";
    static final String SCREENING = "Taux de dépistage du cancer colorectal";

    private ContractForms() {}

    /** The form read at {@code version}, with {@code overrides} (name, value, name, value...) typed instead. */
    public static MockHttpServletRequestBuilder terms(
            MockHttpServletRequestBuilder request, long version, String... overrides) {
        Map<String, String> fields = fields(version);
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        fields.forEach(request::param);
        return request;
    }

    /** The form's fields as typed, read at {@code version}. */
    public static Map<String, String> fields(long version) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", String.valueOf(version));
        mission(fields, 0, "ACCES_SOINS", "2024-07-01", "2025-07-01", "40 000");
        fields.put("missions[0].indicators[0].name", ALD);
        fields.put("missions[0].indicators[0].baseline", "300");
        fields.put("missions[0].indicators[0].target", "100");
        fields.put("missions[0].indicators[0].kind", "TIERED");
        fields.put(
                "missions[0].indicators[0].tiers",
                "socle ; 250 ; 2 000\nintermédiaire ; 180 ; 4000\n" + "objectif ; 100 ; 6 000,00");
        mission(fields, 1, "PARCOURS", "2025-01-01", "2026-01-01", "20000");
        fields.put("missions[1].indicators[0].name", PATHWAYS);
        fields.put("missions[1].indicators[0].baseline", "0");
        fields.put("missions[1].indicators[0].target", "3");
        fields.put("missions[1].indicators[0].kind", "BINARY");
        fields.put("missions[1].indicators[0].amount", "3 000");
        mission(fields, 2, "PREVENTION", "2024-07-01", "2025-07-01", "10000");
        fields.put("missions[2].indicators[0].name", SCREENING);
        fields.put("missions[2].indicators[0].baseline", "30");
        fields.put("missions[2].indicators[0].target", "40");
        fields.put("missions[2].indicators[0].kind", "BINARY");
        fields.put("missions[2].indicators[0].amount", "2500");
        mission(fields, 3, "CRISES_SANITAIRES", "2024-07-01", "2025-07-01", "5000");
        fields.put("missions[4].mission", "QUALITE_PERTINENCE");
        fields.put("missions[4].included", "false");
        fields.put("missions[5].mission", "ACCOMPAGNEMENT_PROFESSIONNELS");
        fields.put("missions[5].included", "false");
        return fields;
    }

    private static void mission(
            Map<String, String> fields, int index, String mission, String start, String deployed, String fixed) {
        String prefix = "missions[" + index + "].";
        fields.put(prefix + "mission", mission);
        fields.put(prefix + "included", "true");
        fields.put(prefix + "startOn", start);
        fields.put(prefix + "fullyDeployedOn", deployed);
        fields.put(prefix + "fixedAmount", fixed);
    }
}
