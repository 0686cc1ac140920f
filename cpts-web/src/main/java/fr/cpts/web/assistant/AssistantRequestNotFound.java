package fr.cpts.web.assistant;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No request of that identifier in the person's scope: answered 404, exactly as if it did not exist. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class AssistantRequestNotFound extends RuntimeException {

    AssistantRequestNotFound() {
        super("Demande d'aide introuvable dans votre périmètre");
    }
}
