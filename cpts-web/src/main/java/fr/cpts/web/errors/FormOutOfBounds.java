package fr.cpts.web.errors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form sent with a field no page offers, such as a list index beyond what the binder grows a list to
 * ({@code missions[300].included}): a French 400 page saying so, never a 500 with a stack trace.
 */
@ControllerAdvice(annotations = Controller.class)
class FormOutOfBounds {

    private static final Logger log = LoggerFactory.getLogger(FormOutOfBounds.class);

    @ExceptionHandler(InvalidPropertyException.class)
    ModelAndView outOfBounds(InvalidPropertyException refused) {
        log.info("Formulaire refusé, champ hors limites : {}", refused.getPropertyName());
        ModelAndView page = new ModelAndView("error", HttpStatus.BAD_REQUEST);
        page.addObject("status", HttpStatus.BAD_REQUEST.value());
        page.addObject(
                "detail",
                "Le formulaire envoyé contient un champ que la page ne propose pas (« "
                        + abbreviated(refused.getPropertyName()) + " ») : rechargez la page et recommencez.");
        return page;
    }

    private static String abbreviated(String name) {
        return name.length() > 60 ? name.substring(0, 60) + "…" : name;
    }
}
