package fr.cpts.domain.dashboard;

/**
 * The CPTS of a scope or of one of its areas, counted as the regional unions count them (seed 003): letters of intent
 * validated, health projects filed or validated, ACI contracts signed or being signed; each CPTS is counted at every
 * step it passed (a CPTS with a signed contract also counts among the letters validated).
 *
 * @param contractsSigning contracts signed by one or two parties, not yet by the three
 */
public record StageCounts(
        long cpts, long lettersValidated, long projectsFiledOrValidated, long contractsSigned, long contractsSigning) {

    /** « ACI signés ou en cours de signature ». */
    public long contractsSignedOrSigning() {
        return contractsSigned + contractsSigning;
    }
}
