package fr.cpts.domain.shared;

/**
 * A business rule refused a move. The message is French and meant for the person who tried it.
 */
public class DomainException extends RuntimeException {

    public DomainException(String message) {
        super(message);
    }
}
