package fr.cpts.web.territory;

/**
 * A porteur without a CPTS asked a page of their CPTS: they are sent to create one ({@code NoCptsYetAdvice}), rather
 * than shown a page that does not exist.
 */
public class NoCptsYet extends RuntimeException {

    NoCptsYet() {
        super("Porteur sans CPTS", null, false, false);
    }
}
