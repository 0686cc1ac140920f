package fr.cpts.web.demo;

import fr.cpts.domain.profile.Coordinator;
import fr.cpts.domain.profile.Member;
import fr.cpts.domain.profile.MemberKind;
import fr.cpts.domain.profile.PostalAddress;
import fr.cpts.domain.profile.Professions;
import fr.cpts.domain.profile.StructureType;
import fr.cpts.domain.territory.InseeCode;
import java.util.List;
import java.util.Optional;

/**
 * What the porteur of a demo CPTS draws and describes first: the EPCI of some communes and communes one by one, the
 * address, the coordinator and the members of the CPTS.
 */
record DemoTerritory(
        List<String> epciOfCommunes,
        List<String> communes,
        PostalAddress address,
        Coordinator coordinator,
        List<Member> members) {

    /** CC du Sud Gironde (Langon) and CC du Réolais en Sud Gironde (La Réole). */
    static final DemoTerritory SUD_GIRONDE = new DemoTerritory(
            List.of("33227", "33352"),
            List.of(),
            new PostalAddress("2 rue Jean Jaurès", "33210", "Langon"),
            new Coordinator("Dr Claire Martin", "coordination@cpts-sud-gironde.fr", "05 56 63 12 40"),
            List.of(
                    Member.professional("Dr Claire Martin", Professions.require("MEDECIN_GENERALISTE"), code("33227")),
                    Member.professional("Thomas Duprat", Professions.require("INFIRMIER"), code("33352")),
                    Member.professional("Léa Castaing", Professions.require("PHARMACIEN"), code("33227")),
                    Member.structure("MSP du Réolais", StructureType.MSP, code("33352")),
                    Member.partner(MemberKind.HOSPITAL_PARTNER, "Centre hospitalier Sud Gironde", code("33227")),
                    Member.partner(MemberKind.MEDICO_SOCIAL_PARTNER, "SSIAD du Langonnais", code("33227"))));

    /** COBAS (Arcachon, La Teste-de-Buch, Gujan-Mestras, Le Teich) and COBAN (Andernos-les-Bains...). */
    static final DemoTerritory BASSIN_ARCACHON = new DemoTerritory(
            List.of("33009", "33005"),
            List.of(),
            new PostalAddress("12 boulevard du Général Leclerc", "33260", "La Teste-de-Buch"),
            new Coordinator("Marion Lafargue", "contact@cpts-bassin-arcachon.fr", "05 57 52 30 10"),
            List.of(
                    Member.professional("Dr Hugo Lartigue", Professions.require("MEDECIN_GENERALISTE"), code("33529")),
                    Member.professional(
                            "Sophie Bérard", Professions.require("MASSEUR_KINESITHERAPEUTE"), code("33199")),
                    Member.professional("Julie Mora", Professions.require("SAGE_FEMME"), code("33009")),
                    Member.structure("Centre de santé de Gujan-Mestras", StructureType.CDS, code("33199")),
                    Member.partner(MemberKind.HOSPITAL_PARTNER, "Pôle de santé d'Arcachon", code("33529"))));

    /** CC Cœur Haute Lande (Labouheyre, Sabres...), in the Landes forest. */
    static final DemoTerritory HAUTE_LANDE = new DemoTerritory(
            List.of("40134"),
            List.of(),
            new PostalAddress("5 place de la Mairie", "40630", "Sabres"),
            new Coordinator("Dr Pierre Labat", "coordination@cpts-haute-lande.fr", "05 58 07 50 20"),
            List.of(
                    Member.professional("Dr Pierre Labat", Professions.require("MEDECIN_GENERALISTE"), code("40246")),
                    Member.professional("Anne Dufau", Professions.require("INFIRMIER"), code("40134")),
                    Member.structure("ESP de la Haute-Lande", StructureType.ESP, code("40246"))));

    /** Bayonne and its neighbouring communes on the coast and the Adour (not the whole Communauté Pays Basque). */
    static final DemoTerritory PAYS_BASQUE = new DemoTerritory(
            List.of(),
            List.of(
                    "64102", "64024", "64122", "64140", "64125", "64038", "64100", "64547", "64496", "64407", "64558",
                    "64304"),
            new PostalAddress("8 allée Marines", "64100", "Bayonne"),
            new Coordinator("Maite Etcheverry", "contact@cpts-pays-basque.fr", "05 59 44 20 30"),
            List.of(
                    Member.professional("Dr Iñaki Harriet", Professions.require("MEDECIN_GENERALISTE"), code("64102")),
                    Member.professional("Paul Irigoyen", Professions.require("ORTHOPHONISTE"), code("64024")),
                    Member.partner(
                            MemberKind.HOSPITAL_PARTNER, "Centre hospitalier de la Côte Basque", code("64102"))));

    /** Pointe-à-Pitre, Les Abymes and the south of Grande-Terre. */
    static final DemoTerritory GRANDE_TERRE_SUD = new DemoTerritory(
            List.of(),
            List.of("97120", "97101", "97113", "97128", "97125"),
            new PostalAddress("15 rue Frébault", "97110", "Pointe-à-Pitre"),
            new Coordinator("Dr Josette Bélair", "coordination@cpts-grande-terre-sud.fr", "+590 590 82 10 10"),
            List.of(
                    Member.professional("Dr Josette Bélair", Professions.require("MEDECIN_GENERALISTE"), code("97101")),
                    Member.professional("Karine Nestor", Professions.require("INFIRMIER"), code("97120")),
                    Member.structure("MSP du Gosier", StructureType.MSP, code("97113")),
                    Member.partner(MemberKind.HOSPITAL_PARTNER, "CHU de la Guadeloupe", code("97101"))));

    private static Optional<InseeCode> code(String value) {
        return Optional.of(new InseeCode(value));
    }
}
