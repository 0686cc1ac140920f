package fr.cpts.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.shared.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The porteurs of a CPTS: any may be removed or leave, except the last one. */
class PorteurTeamTest {

    private static final CptsId CPTS = new CptsId(7);
    private static final Account CLAIRE = porteur("claire");
    private static final Account YANN = porteur("yann");

    @Test
    void aPorteurOfATeamOfTwoMayBeRemoved() {
        assertThat(new PorteurTeam(CPTS, List.of(CLAIRE, YANN)).removable("YANN"))
                .isEqualTo(YANN);
    }

    @Test
    void theLastPorteurCannotLeave() {
        assertThatThrownBy(() -> new PorteurTeam(CPTS, List.of(CLAIRE)).removable("claire"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("dernier");
    }

    @Test
    void someoneOutsideTheTeamCannotBeRemoved() {
        assertThatThrownBy(() -> new PorteurTeam(CPTS, List.of(CLAIRE, YANN)).removable("anne"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("n'est pas porteur");
    }

    @Test
    void aPorteurWithoutCptsIsAllowedAndSeesNoCpts() {
        Account alone = new Account("seule", "Seule", "", Role.PORTEUR, new AccessScope.NoCpts());

        assertThat(alone.scope().describe()).isEqualTo("aucune CPTS pour l'instant");
        assertThatThrownBy(() -> new Account("agent", "Agent", "", Role.ARS_OFFICER, new AccessScope.NoCpts()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Account porteur(String username) {
        return new Account(username, username, "", Role.PORTEUR, new AccessScope.OwnCpts(CPTS));
    }
}
