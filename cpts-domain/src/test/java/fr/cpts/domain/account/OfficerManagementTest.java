package fr.cpts.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who manages an officer's account: an administrator any; the ARS référent of a région the officers of it only. */
class OfficerManagementTest {

    private static final Set<DepartementCode> NOUVELLE_AQUITAINE =
            Set.of(new DepartementCode("33"), new DepartementCode("40"), new DepartementCode("64"));
    private static final AccessScope.Region REGION_75 = new AccessScope.Region(new RegionCode("75"));
    private static final Account REFERENT =
            new Account("ref", "Référente", "", Role.ARS_OFFICER, REGION_75, false, true);

    @Test
    void anAdministratorManagesEveryOfficer() {
        Account admin = new Account("admin", "Admin", "", Role.ADMINISTRATOR, new AccessScope.Platform());

        assertThat(admin.managesOfficer(new AccessScope.Region(new RegionCode("11")), Set.of()))
                .isTrue();
    }

    @Test
    void theReferentManagesTheArsOfficersOfTheirRegionOnly() {
        assertThat(REFERENT.managesOfficer(REGION_75, NOUVELLE_AQUITAINE)).isTrue();
        assertThat(REFERENT.managesOfficer(new AccessScope.Region(new RegionCode("11")), NOUVELLE_AQUITAINE))
                .isFalse();
    }

    @Test
    void theReferentManagesTheCpamOfficersWhoseEveryDepartementLiesInTheRegion() {
        assertThat(REFERENT.managesOfficer(
                        new AccessScope.Departements(Set.of(new DepartementCode("33"), new DepartementCode("40"))),
                        NOUVELLE_AQUITAINE))
                .isTrue();
        assertThat(REFERENT.managesOfficer(
                        new AccessScope.Departements(Set.of(new DepartementCode("33"), new DepartementCode("75"))),
                        NOUVELLE_AQUITAINE))
                .isFalse();
    }

    @Test
    void anOfficerWhoIsNotReferentOrIsDisabledManagesNobody() {
        Account plain = new Account("ars", "Agent", "", Role.ARS_OFFICER, REGION_75);
        Account disabled = new Account("old", "Ancien", "", Role.ARS_OFFICER, REGION_75, true, true);

        assertThat(plain.managesOfficer(REGION_75, NOUVELLE_AQUITAINE)).isFalse();
        assertThat(disabled.managesOfficer(REGION_75, NOUVELLE_AQUITAINE)).isFalse();
    }

    @Test
    void onlyAnArsOfficerIsReferent() {
        assertThatThrownBy(() -> new Account(
                        "cpam",
                        "CPAM",
                        "",
                        Role.CPAM_OFFICER,
                        new AccessScope.Departements(Set.of(new DepartementCode("33"))),
                        false,
                        true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
