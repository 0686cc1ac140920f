package fr.cpts.web.territory;

import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.profile.Coordinator;
import fr.cpts.domain.profile.CptsProfile;
import fr.cpts.domain.profile.CptsProfiles;
import fr.cpts.domain.profile.LegalForm;
import fr.cpts.domain.profile.Member;
import fr.cpts.domain.profile.MemberKind;
import fr.cpts.domain.profile.PostalAddress;
import fr.cpts.domain.profile.Professions;
import fr.cpts.domain.profile.StructureType;
import fr.cpts.domain.territory.Communes;
import fr.cpts.domain.territory.Epci;
import fr.cpts.domain.territory.InseeCode;
import fr.cpts.domain.territory.Territories;
import fr.cpts.domain.territory.TerritoryDrawing;
import fr.cpts.domain.territory.VersionedTerritory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo territories and profiles for the demo CPTS that {@code DemoData} creates: realistic, disjoint territories
 * drawn from the real communes and EPCI, and a profile each (association loi 1901, a coordinator, a few members).
 * Adds only what is missing, so what people changed survives restarts.
 * <p>
 * It must run after {@code DemoData}, an {@code ApplicationRunner} without {@code @Order}, which therefore runs at
 * the lowest precedence: an {@code @Order(10)} runner would run <em>before</em> it. So this one waits for
 * {@link ApplicationReadyEvent}, published once every runner has run.
 */
@Component
@ConditionalOnProperty(name = "cpts.demo-data.enabled", havingValue = "true")
public class TerritoryDemoData {

    private static final Logger log = LoggerFactory.getLogger(TerritoryDemoData.class);
    private static final String BY = "demo";

    private final CptsRecords records;
    private final Territories territories;
    private final CptsProfiles profiles;
    private final Communes communes;

    TerritoryDemoData(CptsRecords records, Territories territories, CptsProfiles profiles, Communes communes) {
        this.records = records;
        this.territories = territories;
        this.profiles = profiles;
        this.communes = communes;
    }

    /** Before the listeners that need the territories (demo contracts). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE - 100)
    public void load() {
        // CC du Sud Gironde (Langon) and CC du Réolais en Sud Gironde (La Réole)
        demo(
                "CPTS Sud Gironde",
                epciOf("33227", "33352"),
                List.of(),
                new PostalAddress("2 rue Jean Jaurès", "33210", "Langon"),
                new Coordinator("Dr Claire Martin", "coordination@cpts-sud-gironde.fr", "05 56 63 12 40"),
                List.of(
                        Member.professional(
                                "Dr Claire Martin", Professions.require("MEDECIN_GENERALISTE"), code("33227")),
                        Member.professional("Thomas Duprat", Professions.require("INFIRMIER"), code("33352")),
                        Member.professional("Léa Castaing", Professions.require("PHARMACIEN"), code("33227")),
                        Member.structure("MSP du Réolais", StructureType.MSP, code("33352")),
                        Member.partner(MemberKind.HOSPITAL_PARTNER, "Centre hospitalier Sud Gironde", code("33227")),
                        Member.partner(MemberKind.MEDICO_SOCIAL_PARTNER, "SSIAD du Langonnais", code("33227"))));
        // COBAS (Arcachon, La Teste-de-Buch, Gujan-Mestras, Le Teich) and COBAN (Andernos-les-Bains...)
        demo(
                "CPTS du Bassin d'Arcachon",
                epciOf("33009", "33005"),
                List.of(),
                new PostalAddress("12 boulevard du Général Leclerc", "33260", "La Teste-de-Buch"),
                new Coordinator("Marion Lafargue", "contact@cpts-bassin-arcachon.fr", "05 57 52 30 10"),
                List.of(
                        Member.professional(
                                "Dr Hugo Lartigue", Professions.require("MEDECIN_GENERALISTE"), code("33529")),
                        Member.professional(
                                "Sophie Bérard", Professions.require("MASSEUR_KINESITHERAPEUTE"), code("33199")),
                        Member.professional("Julie Mora", Professions.require("SAGE_FEMME"), code("33009")),
                        Member.structure("Centre de santé de Gujan-Mestras", StructureType.CDS, code("33199")),
                        Member.partner(MemberKind.HOSPITAL_PARTNER, "Pôle de santé d'Arcachon", code("33529"))));
        // CC Cœur Haute Lande (Labouheyre, Sabres...), in the Landes forest
        demo(
                "CPTS Haute-Lande",
                epciOf("40134"),
                List.of(),
                new PostalAddress("5 place de la Mairie", "40630", "Sabres"),
                new Coordinator("Dr Pierre Labat", "coordination@cpts-haute-lande.fr", "05 58 07 50 20"),
                List.of(
                        Member.professional(
                                "Dr Pierre Labat", Professions.require("MEDECIN_GENERALISTE"), code("40246")),
                        Member.professional("Anne Dufau", Professions.require("INFIRMIER"), code("40134")),
                        Member.structure("ESP de la Haute-Lande", StructureType.ESP, code("40246"))));
        // Bayonne and its neighbouring communes on the coast and the Adour (not the whole Communauté Pays Basque)
        demo(
                "CPTS Pays Basque",
                List.of(),
                List.of(
                        "64102", "64024", "64122", "64140", "64125", "64038", "64100", "64547", "64496", "64407",
                        "64558", "64304"),
                new PostalAddress("8 allée Marines", "64100", "Bayonne"),
                new Coordinator("Maite Etcheverry", "contact@cpts-pays-basque.fr", "05 59 44 20 30"),
                List.of(
                        Member.professional(
                                "Dr Iñaki Harriet", Professions.require("MEDECIN_GENERALISTE"), code("64102")),
                        Member.professional("Paul Irigoyen", Professions.require("ORTHOPHONISTE"), code("64024")),
                        Member.partner(
                                MemberKind.HOSPITAL_PARTNER, "Centre hospitalier de la Côte Basque", code("64102"))));
        // Pointe-à-Pitre, Les Abymes and the south of Grande-Terre
        demo(
                "CPTS Grande-Terre Sud",
                List.of(),
                List.of("97120", "97101", "97113", "97128", "97125"),
                new PostalAddress("15 rue Frébault", "97110", "Pointe-à-Pitre"),
                new Coordinator("Dr Josette Bélair", "coordination@cpts-grande-terre-sud.fr", "+590 590 82 10 10"),
                List.of(
                        Member.professional(
                                "Dr Josette Bélair", Professions.require("MEDECIN_GENERALISTE"), code("97101")),
                        Member.professional("Karine Nestor", Professions.require("INFIRMIER"), code("97120")),
                        Member.structure("MSP du Gosier", StructureType.MSP, code("97113")),
                        Member.partner(MemberKind.HOSPITAL_PARTNER, "CHU de la Guadeloupe", code("97101"))));
    }

    private void demo(
            String name,
            List<Epci> epci,
            List<String> codes,
            PostalAddress address,
            Coordinator coordinator,
            List<Member> members) {
        Optional<CptsRecord> found = records.byName(name);
        if (found.isEmpty()) {
            log.warn("Données de démonstration : la {} n'existe pas, territoire et fiche non créés", name);
            return;
        }
        CptsRecord cpts = found.get();
        VersionedTerritory stored = territories.forEditing(cpts.id());
        if (stored.version() == 0) {
            TerritoryDrawing drawing = TerritoryDrawing.of(stored, communes);
            epci.forEach(one -> drawing.addEpci(one, communes));
            communes.byCodes(codes.stream().map(InseeCode::new).toList())
                    .found()
                    .forEach(drawing::add);
            territories.save(drawing.toTerritory(), 0, BY);
            log.info(
                    "Données de démonstration : territoire de la {} ({} communes, {} habitants)",
                    name,
                    drawing.population().communes(),
                    drawing.population().knownPopulation());
        }
        if (profiles.of(cpts.id()).isEmpty()) {
            profiles.save(
                    new CptsProfile(
                            cpts.id(),
                            LegalForm.ASSOCIATION_LOI_1901,
                            address,
                            coordinator,
                            members.stream()
                                    .filter(member -> member.commune().stream().allMatch(this::exists))
                                    .toList()),
                    0,
                    BY);
            log.info("Données de démonstration : fiche de la {}", name);
        }
    }

    /** The EPCI of these communes (each once). */
    private List<Epci> epciOf(String... codes) {
        List<Epci> found = new ArrayList<>();
        Stream.of(codes)
                .map(InseeCode::new)
                .map(communes::epciOf)
                .flatMap(Optional::stream)
                .filter(epci -> found.stream().noneMatch(known -> known.code().equals(epci.code())))
                .forEach(found::add);
        return found;
    }

    private boolean exists(InseeCode code) {
        return communes.byCode(code).isPresent();
    }

    private static Optional<InseeCode> code(String value) {
        return Optional.of(new InseeCode(value));
    }
}
