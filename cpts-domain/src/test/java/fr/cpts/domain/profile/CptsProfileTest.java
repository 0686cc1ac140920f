package fr.cpts.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.shared.DomainException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The CPTS profile: legal form rule (ordinance 2021-584), coordinator details, members. */
class CptsProfileTest {

    private static final CptsId CPTS = new CptsId(3);
    private static final PostalAddress ADDRESS = new PostalAddress("2 rue des Écoles", "33210", "Langon");
    private static final Coordinator COORDINATOR =
            new Coordinator("Dr Anne Roux", "anne.roux@cpts-sud-gironde.fr", "05 56 63 00 00");

    @Test
    void theLocalLawAssociationIsOpenToASeatInAlsaceMoselleOnly() {
        for (String postalCode : new String[] {"67000", "68100", "57000"}) {
            CptsProfile profile = new CptsProfile(
                    CPTS,
                    LegalForm.ASSOCIATION_DROIT_LOCAL,
                    new PostalAddress("1 place de la Gare", postalCode, "Ville"),
                    COORDINATOR,
                    List.of());
            assertThat(profile.legalForm()).isEqualTo(LegalForm.ASSOCIATION_DROIT_LOCAL);
        }
        assertThatThrownBy(
                        () -> new CptsProfile(CPTS, LegalForm.ASSOCIATION_DROIT_LOCAL, ADDRESS, COORDINATOR, List.of()))
                .isInstanceOf(LegalFormRefused.class)
                .hasMessageContaining("Bas-Rhin, le Haut-Rhin ou la Moselle")
                .hasMessageContaining("L. 1434-12-1");
        assertThat(new CptsProfile(
                                CPTS,
                                LegalForm.ASSOCIATION_LOI_1901,
                                new PostalAddress("1 place Kléber", "67000", "Strasbourg"),
                                COORDINATOR,
                                List.of())
                        .legalForm())
                .isEqualTo(LegalForm.ASSOCIATION_LOI_1901);
    }

    @Test
    void anAssociationLoi1901IsAccepted() {
        CptsProfile profile = new CptsProfile(CPTS, LegalForm.ASSOCIATION_LOI_1901, ADDRESS, COORDINATOR, List.of());

        assertThat(profile.legalForm()).isEqualTo(LegalForm.ASSOCIATION_LOI_1901);
    }

    @ParameterizedTest
    @EnumSource(
            value = LegalForm.class,
            names = {"ASSOCIATION_LOI_1901", "ASSOCIATION_DROIT_LOCAL"},
            mode = EnumSource.Mode.EXCLUDE)
    void everyOtherLegalFormIsRefusedCitingTheOrdinanceAndSayingItMayBeAMember(LegalForm form) {
        assertThatThrownBy(() -> new CptsProfile(CPTS, form, ADDRESS, COORDINATOR, List.of()))
                .isInstanceOf(LegalFormRefused.class)
                .isInstanceOf(DomainException.class)
                .hasMessageContaining(form.label())
                .hasMessageContaining("Ordonnance n° 2021-584 du 12 mai 2021")
                .hasMessageContaining("association loi 1901")
                .hasMessageContaining("peuvent être membres de la CPTS, mais pas la CPTS elle-même");
    }

    @Test
    void theRuleCarriesItsLegalReference() {
        assertThat(LegalFormRule.CURRENT.allows(LegalForm.ASSOCIATION_LOI_1901)).isTrue();
        assertThat(LegalFormRule.CURRENT.allows(LegalForm.SISA)).isFalse();
        assertThat(LegalFormRule.CURRENT.legalReference()).contains("L. 1434-12-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0556630000", "05 56 63 00 00", "05.56.63.00.00", "+33 5 56 63 00 00", "+590 590 00 00 00"})
    void frenchPhoneNumbersAreAccepted(String phone) {
        assertThat(new Coordinator("Dr Anne Roux", "a@b.fr", phone).phone()).isEqualTo(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "05 56 63 00", "téléphone"})
    void otherPhoneNumbersAreRefusedNamingTheField(String phone) {
        assertThatThrownBy(() -> new Coordinator("Dr Anne Roux", "a@b.fr", phone))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("téléphone");
    }

    @Test
    void aMalformedEmailIsRefused() {
        assertThatThrownBy(() -> new Coordinator("Dr Anne Roux", "anne.roux", "0556630000"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("adresse électronique");
    }

    @Test
    void aPostalCodeHasFiveDigits() {
        assertThatThrownBy(() -> new PostalAddress("2 rue des Écoles", "3321", "Langon"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("code postal");
    }

    @Test
    void aHealthProfessionalMemberNeedsAProfessionAndAStructureItsType() {
        assertThatThrownBy(() -> new Member(
                        MemberKind.HEALTH_PROFESSIONAL,
                        "Dr Paul Vidal",
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()))
                .hasMessageContaining("profession");
        assertThatThrownBy(() -> new Member(
                        MemberKind.CARE_STRUCTURE,
                        "MSP des Coteaux",
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()))
                .hasMessageContaining("ESP, MSP ou CDS");
        assertThatThrownBy(() -> new Member(
                        MemberKind.HOSPITAL_PARTNER,
                        "CH Sud Gironde",
                        Optional.of(Professions.require("PHARMACIEN")),
                        Optional.empty(),
                        Optional.empty()))
                .hasMessageContaining("Seul un professionnel de santé");
    }

    @Test
    void membersAreAddedAndRemovedByPosition() {
        CptsProfile profile = new CptsProfile(CPTS, LegalForm.ASSOCIATION_LOI_1901, ADDRESS, COORDINATOR, List.of())
                .withMember(Member.professional(
                        "Dr Paul Vidal", Professions.require("MEDECIN_GENERALISTE"), Optional.empty()))
                .withMember(Member.structure("MSP des Coteaux", StructureType.MSP, Optional.empty()));

        CptsProfile fewer = profile.withoutMember(0);

        assertThat(fewer.members()).extracting(Member::name).containsExactly("MSP des Coteaux");
        assertThat(fewer.members().get(0).description()).isEqualTo("Maison de santé pluriprofessionnelle (MSP)");
        assertThatThrownBy(() -> fewer.withoutMember(5)).isInstanceOf(DomainException.class);
    }

    @Test
    void theProfessionsListHoldsTheMainHealthProfessionsOnceEach() {
        assertThat(Professions.ALL)
                .extracting(Profession::label)
                .contains(
                        "Médecin généraliste",
                        "Infirmier ou infirmière",
                        "Pharmacien ou pharmacienne",
                        "Masseur-kinésithérapeute",
                        "Sage-femme",
                        "Chirurgien-dentiste",
                        "Orthophoniste",
                        "Pédicure-podologue");
        assertThat(Professions.ALL).extracting(Profession::code).doesNotHaveDuplicates();
        assertThatThrownBy(() -> Professions.require("SORCIER")).isInstanceOf(DomainException.class);
    }
}
