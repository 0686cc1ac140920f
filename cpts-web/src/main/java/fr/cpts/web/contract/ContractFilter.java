package fr.cpts.web.contract;

/** The officers' contract list filter: all the contracts of the scope, or « à signer » (awaiting their signature). */
final class ContractFilter {

    /** The filter's value in the address: {@code /ars/contrats?filtre=a-signer}. */
    static final String TO_SIGN = "a-signer";

    private ContractFilter() {}

    /** Whether the address asks for the contracts to sign; any other value lists them all. */
    static boolean toSign(String filter) {
        return TO_SIGN.equals(filter);
    }
}
