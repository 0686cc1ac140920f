package fr.cpts.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a health professional types to sign up, each field refused with its name. */
class SignUpTest {

    @Test
    void theLoginIsTheAddressInLowerCaseAndTheNameFirstThenLast() {
        SignUp signUp = SignUp.typed(" Claire.Martin@Exemple.fr ", " Claire ", "Martin", "INFIRMIER", " ");

        assertThat(signUp.email()).isEqualTo("Claire.Martin@Exemple.fr");
        assertThat(signUp.username()).isEqualTo("claire.martin@exemple.fr");
        assertThat(signUp.displayName()).isEqualTo("Claire Martin");
        assertThat(signUp.profession()).isEqualTo(HealthProfession.INFIRMIER);
        assertThat(signUp.rpps()).isEmpty();
    }

    @Test
    void anRppsNumberOfElevenDigitsIsKept() {
        assertThat(SignUp.typed("a@exemple.fr", "A", "B", "PHARMACIEN", "10001234567")
                        .rpps())
                .contains("10001234567");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "an address without domain|claire|Claire|Martin|INFIRMIER||Adresse électronique",
                "an empty first name|c@exemple.fr||Martin|INFIRMIER||Prénom",
                "a last name in HTML|c@exemple.fr|Claire|<b>Martin</b>|INFIRMIER||Nom",
                "an unknown profession|c@exemple.fr|Claire|Martin|ASTRONAUTE||Profession",
                "an RPPS of ten digits|c@exemple.fr|Claire|Martin|INFIRMIER|1000123456|Numéro RPPS",
                "an RPPS with letters|c@exemple.fr|Claire|Martin|INFIRMIER|1000123456A|Numéro RPPS"
            })
    void aBadFieldIsRefusedWithItsName(
            String description,
            String email,
            String firstName,
            String lastName,
            String profession,
            String rpps,
            String field) {
        assertThatThrownBy(() -> SignUp.typed(email, firstName, lastName, profession, rpps))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith(field + " :");
    }

    @Test
    void anAddressLongerThanALoginIsRefused() {
        String tooLong = "a".repeat(95) + "@exemple.fr";

        assertThatThrownBy(() -> SignUp.typed(tooLong, "A", "B", "INFIRMIER", ""))
                .hasMessageStartingWith("Adresse électronique :");
    }

    @Test
    void aNameWithAControlCharacterIsRefused() {
        assertThatThrownBy(() -> SignUp.typed("c@exemple.fr", "Cla\u0007ire", "Martin", "INFIRMIER", ""))
                .hasMessageStartingWith("Prénom :");
    }
}
