package fr.cpts.web.dossier;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Nothing of that identifier in the person's scope: answered 404, exactly as if it did not exist. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class DossierNotFound extends RuntimeException {

    DossierNotFound() {
        super("Dossier introuvable dans votre périmètre");
    }
}
