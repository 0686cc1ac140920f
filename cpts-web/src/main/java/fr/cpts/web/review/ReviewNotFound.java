package fr.cpts.web.review;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such yearly review, evidence or statement in the person's scope: answered 404, as if it did not exist. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ReviewNotFound extends RuntimeException {

    ReviewNotFound() {
        super("Revue annuelle introuvable dans votre périmètre");
    }
}
