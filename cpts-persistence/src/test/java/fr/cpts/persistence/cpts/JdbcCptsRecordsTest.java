package fr.cpts.persistence.cpts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.cpts.CptsStage;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.persistence.PersistenceTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

@PersistenceTest
class JdbcCptsRecordsTest {

    private static final RegionCode NOUVELLE_AQUITAINE = new RegionCode("75");
    private static final RegionCode GUADELOUPE = new RegionCode("01");

    @Autowired
    CptsRecords records;

    @Test
    void findsTheCptsOfARegionInFrenchOrderAndNoneOfAnother() {
        records.create("CPTS Sud Gironde", NOUVELLE_AQUITAINE, new DepartementCode("33"), CptsStage.PROJET_SANTE);
        records.create("CPTS Béarn", NOUVELLE_AQUITAINE, new DepartementCode("64"), CptsStage.INITIATIVE);
        records.create("CPTS du Médoc", NOUVELLE_AQUITAINE, new DepartementCode("33"), CptsStage.INITIATIVE);
        records.create("CPTS Évian", NOUVELLE_AQUITAINE, new DepartementCode("33"), CptsStage.INITIATIVE);
        records.create("CPTS Grande-Terre", GUADELOUPE, new DepartementCode("971"), CptsStage.CONTRAT_ACI);

        assertThat(records.byRegion(NOUVELLE_AQUITAINE))
                .extracting(CptsRecord::name)
                .as("French alphabetical order: accents and case do not push a name to the end")
                .containsExactly("CPTS Béarn", "CPTS du Médoc", "CPTS Évian", "CPTS Sud Gironde");
        assertThat(records.byRegion(GUADELOUPE)).extracting(CptsRecord::name).containsExactly("CPTS Grande-Terre");
        assertThat(records.byRegion(new RegionCode("84"))).isEmpty();
    }

    @Test
    void findsTheCptsOfSomeDepartements() {
        records.create("CPTS Pays Basque", NOUVELLE_AQUITAINE, new DepartementCode("64"), CptsStage.CONTRAT_ACI);
        records.create("CPTS Corse du Sud", new RegionCode("94"), new DepartementCode("2A"), CptsStage.INITIATIVE);
        records.create("CPTS Lot", new RegionCode("76"), new DepartementCode("46"), CptsStage.INITIATIVE);

        assertThat(records.byDepartements(List.of(new DepartementCode("2A"), new DepartementCode("64"))))
                .extracting(CptsRecord::name)
                .contains("CPTS Corse du Sud", "CPTS Pays Basque")
                .doesNotContain("CPTS Lot");
    }

    @Test
    void readsBackWhatItStored() {
        CptsRecord created =
                records.create("CPTS Marie-Galante", GUADELOUPE, new DepartementCode("971"), CptsStage.REVUE_ANNUELLE);

        assertThat(records.byId(created.id())).contains(created);
        assertThat(records.byName("cpts marie-galante")).contains(created);
    }

    @Test
    void refusesTwoCptsWithTheSameNameWhateverTheCase() {
        records.create("CPTS des Landes", NOUVELLE_AQUITAINE, new DepartementCode("40"), CptsStage.INITIATIVE);

        assertThatThrownBy(() -> records.create(
                        "cpts DES LANDES", NOUVELLE_AQUITAINE, new DepartementCode("40"), CptsStage.INITIATIVE))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
