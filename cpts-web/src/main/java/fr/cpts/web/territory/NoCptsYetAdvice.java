package fr.cpts.web.territory;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Sends a porteur without a CPTS who asked a page of their CPTS to « Créer ma CPTS ». */
@ControllerAdvice
class NoCptsYetAdvice {

    @ExceptionHandler(NoCptsYet.class)
    String toFounding() {
        return "redirect:/porteur/nouvelle-cpts";
    }
}
