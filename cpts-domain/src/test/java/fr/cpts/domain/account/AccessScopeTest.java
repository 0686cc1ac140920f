package fr.cpts.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsStage;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessScopeTest {

    private static final CptsRecord SUD_GIRONDE = new CptsRecord(
            new CptsId(1),
            "CPTS Sud Gironde",
            new RegionCode("75"),
            new DepartementCode("33"),
            CptsStage.LETTRE_INTENTION);
    private static final CptsRecord GRANDE_TERRE = new CptsRecord(
            new CptsId(2),
            "CPTS Grande-Terre",
            new RegionCode("01"),
            new DepartementCode("971"),
            CptsStage.CONTRAT_ACI);

    @Test
    void aPorteurScopeCoversTheirOwnCptsOnly() {
        AccessScope scope = new AccessScope.OwnCpts(new CptsId(1));

        assertThat(scope.covers(SUD_GIRONDE)).isTrue();
        assertThat(scope.covers(GRANDE_TERRE)).isFalse();
    }

    @Test
    void aRegionScopeCoversTheCptsOfThatRegionOnly() {
        AccessScope scope = new AccessScope.Region(new RegionCode("01"));

        assertThat(scope.covers(GRANDE_TERRE)).isTrue();
        assertThat(scope.covers(SUD_GIRONDE)).isFalse();
    }

    @Test
    void aDepartementsScopeCoversTheCptsOfThoseDepartementsOnly() {
        AccessScope scope = new AccessScope.Departements(Set.of(new DepartementCode("33"), new DepartementCode("40")));

        assertThat(scope.covers(SUD_GIRONDE)).isTrue();
        assertThat(scope.covers(GRANDE_TERRE)).isFalse();
        assertThat(scope.describe()).isEqualTo("départements 33, 40");
    }

    @Test
    void theAdministratorScopeCoversNoDossier() {
        AccessScope scope = new AccessScope.Platform();

        assertThat(scope.covers(SUD_GIRONDE)).isFalse();
        assertThat(scope.covers(GRANDE_TERRE)).isFalse();
    }

    @Test
    void aCpamOfficerMustCoverAtLeastOneDepartement() {
        assertThatThrownBy(() -> new AccessScope.Departements(Set.of()))
                .hasMessage("Un agent CPAM doit être rattaché à au moins un département");
    }
}
