package fr.cpts.domain.contract;

import fr.cpts.domain.account.Role;
import java.util.Arrays;
import java.util.Optional;

/** One of the three signatories of the tripartite ACI contract (parties au contrat): the CPTS, the ARS, the CPAM. */
public enum ContractParty {
    CPTS(Role.PORTEUR, "le représentant de la CPTS", "du représentant de la CPTS"),
    ARS(Role.ARS_OFFICER, "l'ARS", "de l'ARS"),
    CPAM(Role.CPAM_OFFICER, "la CPAM", "de la CPAM");

    private final Role role;
    private final String label;
    private final String ofLabel;

    ContractParty(Role role, String label, String ofLabel) {
        this.role = role;
        this.label = label;
        this.ofLabel = ofLabel;
    }

    /** French, after « de », as in « la signature de la CPAM ». */
    public String ofLabel() {
        return ofLabel;
    }

    /** The role whose holder signs for this party. */
    public Role role() {
        return role;
    }

    /** French, with its article, as in « déjà signé par l'ARS ». */
    public String label() {
        return label;
    }

    /** The party someone of that role signs for; empty for a role that is no party (the administrator). */
    public static Optional<ContractParty> signingAs(Role role) {
        return Arrays.stream(values()).filter(p -> p.role == role).findFirst();
    }
}
