package fr.cpts.web.payment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No payment order of that number in the person's scope: answered 404, never a hint that it exists elsewhere. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class OrderNotFound extends RuntimeException {

    OrderNotFound() {
        super("Ordre de paiement introuvable dans votre périmètre");
    }
}
