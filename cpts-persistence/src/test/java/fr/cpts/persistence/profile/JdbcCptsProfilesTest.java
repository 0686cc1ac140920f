package fr.cpts.persistence.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.cpts.CptsStage;
import fr.cpts.domain.profile.Coordinator;
import fr.cpts.domain.profile.CptsProfile;
import fr.cpts.domain.profile.CptsProfiles;
import fr.cpts.domain.profile.LegalForm;
import fr.cpts.domain.profile.Member;
import fr.cpts.domain.profile.MemberKind;
import fr.cpts.domain.profile.PostalAddress;
import fr.cpts.domain.profile.Professions;
import fr.cpts.domain.profile.ProfileConflict;
import fr.cpts.domain.profile.StructureType;
import fr.cpts.domain.profile.VersionedProfile;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.InseeCode;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.persistence.PersistenceTest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** CPTS profiles on a real PostgreSQL: members kept in order, optimistic locking. */
@PersistenceTest
class JdbcCptsProfilesTest {

    @Autowired
    CptsProfiles profiles;

    @Autowired
    CptsRecords records;

    @Test
    void aProfileNeverFilledInIsAbsent() {
        assertThat(profiles.of(cpts("CPTS Fiche Vide"))).isEmpty();
    }

    @Test
    void aSavedProfileIsReadBackWithItsMembersInOrder() {
        CptsId cpts = cpts("CPTS Fiche Pleine");
        CptsProfile profile = profile(cpts, "Dr Anne Roux")
                .withMember(Member.professional(
                        "Dr Paul Vidal",
                        Professions.require("MEDECIN_GENERALISTE"),
                        Optional.of(new InseeCode("33227"))))
                .withMember(Member.structure("MSP des Coteaux", StructureType.MSP, Optional.empty()))
                .withMember(Member.partner(
                        MemberKind.HOSPITAL_PARTNER,
                        "Centre hospitalier Sud Gironde",
                        Optional.of(new InseeCode("33227"))));

        long version = profiles.save(profile, 0, "porteur");

        VersionedProfile read = profiles.of(cpts).orElseThrow();
        assertThat(version).isEqualTo(1);
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.updatedBy()).isEqualTo("porteur");
        assertThat(read.profile()).isEqualTo(profile);
        assertThat(read.profile().members())
                .extracting(Member::name)
                .containsExactly("Dr Paul Vidal", "MSP des Coteaux", "Centre hospitalier Sud Gironde");
    }

    @Test
    void aSaveFromAStaleVersionIsRefusedAndTheOtherPersonsChangeStays() {
        CptsId cpts = cpts("CPTS Fiche Concurrente");
        long read = profiles.save(profile(cpts, "Dr Anne Roux"), 0, "alice");
        profiles.save(profile(cpts, "Dr Bruno Petit"), read, "bob");

        assertThatThrownBy(() -> profiles.save(profile(cpts, "Dr Chloé Blanc"), read, "alice"))
                .isInstanceOf(ProfileConflict.class)
                .hasMessageContaining("modifiée par une autre personne");

        VersionedProfile stored = profiles.of(cpts).orElseThrow();
        assertThat(stored.profile().coordinator().name()).isEqualTo("Dr Bruno Petit");
        assertThat(stored.version()).isEqualTo(2);
    }

    @Test
    void twoFirstSavesOfTheSameProfileDoNotBothSucceed() {
        CptsId cpts = cpts("CPTS Fiche Double");
        profiles.save(profile(cpts, "Dr Anne Roux"), 0, "alice");

        assertThatThrownBy(() -> profiles.save(profile(cpts, "Dr Bruno Petit"), 0, "bob"))
                .isInstanceOf(ProfileConflict.class);
    }

    @Test
    void removingAMemberKeepsTheOthersInOrder() {
        CptsId cpts = cpts("CPTS Fiche Retrait");
        CptsProfile profile = profile(cpts, "Dr Anne Roux")
                .withMember(Member.partner(MemberKind.MEDICO_SOCIAL_PARTNER, "EHPAD Les Pins", Optional.empty()))
                .withMember(Member.partner(MemberKind.MEDICO_SOCIAL_PARTNER, "SSIAD du Réolais", Optional.empty()))
                .withMember(Member.partner(MemberKind.HOSPITAL_PARTNER, "CH de La Réole", Optional.empty()));
        long version = profiles.save(profile, 0, "porteur");

        profiles.save(profile.withoutMember(1), version, "porteur");

        assertThat(profiles.of(cpts).orElseThrow().profile().members())
                .extracting(Member::name)
                .containsExactly("EHPAD Les Pins", "CH de La Réole");
    }

    @Test
    void keepsTheLocalLawAssociationOfACptsSeatedInAlsaceMoselle() {
        CptsId cpts = cpts("CPTS Eurométropole " + System.nanoTime());
        CptsProfile localLaw = new CptsProfile(
                cpts,
                LegalForm.ASSOCIATION_DROIT_LOCAL,
                new PostalAddress("1 place Kléber", "67000", "Strasbourg"),
                new Coordinator("Dr Anne Weber", "coordination@cpts-test.fr", "03 88 00 00 00"),
                List.of());

        profiles.save(localLaw, 0, "porteur-test");

        assertThat(profiles.of(cpts).orElseThrow().profile().legalForm()).isEqualTo(LegalForm.ASSOCIATION_DROIT_LOCAL);
    }

    private CptsId cpts(String name) {
        return records.create(name, new RegionCode("75"), new DepartementCode("33"), CptsStage.INITIATIVE)
                .id();
    }

    private static CptsProfile profile(CptsId cpts, String coordinator) {
        return new CptsProfile(
                cpts,
                LegalForm.ASSOCIATION_LOI_1901,
                new PostalAddress("2 rue des Écoles", "33210", "Langon"),
                new Coordinator(coordinator, "coordination@cpts-test.fr", "05 56 00 00 00"),
                List.of());
    }
}
