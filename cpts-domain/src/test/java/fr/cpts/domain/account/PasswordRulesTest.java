package fr.cpts.domain.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.territory.RegionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A new password: long enough, not too long, not a common one, not the person's login or name. */
class PasswordRulesTest {

    private static final Account CLAIRE = new Account(
            "cmartin", "Claire Martin", "{noop}x", Role.ARS_OFFICER, new AccessScope.Region(new RegionCode("75")));

    @ParameterizedTest(name = "« {0} » : {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "court123|au moins 12 caractères",
                "motdepasse123|trop répandu",
                "AZERTYUIOP12|trop répandu",
                "motdepasse2025!|trop répandu",
                "aaaaaaaaaaaaaaaa|trop répandu",
                "cmartin-2025-ete|ni votre identifiant ni votre nom",
                "Claire Martin 2025|ni votre identifiant ni votre nom"
            })
    void aWeakPasswordIsRefusedSayingWhy(String password, String why) {
        assertThatThrownBy(() -> PasswordRules.check(password, CLAIRE))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith("Nouveau mot de passe : ")
                .hasMessageContaining(why);
    }

    @Test
    void aPassphraseOfSeveralWordsIsAccepted() {
        assertThatCode(() -> PasswordRules.check("vélo bleu sous la pluie d'avril", CLAIRE))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordRules.check("x".repeat(129) + "y", CLAIRE))
                .hasMessageContaining("au plus 128 caractères");
    }
}
