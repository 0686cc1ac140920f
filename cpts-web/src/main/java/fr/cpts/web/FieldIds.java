package fr.cpts.web;

import org.springframework.stereotype.Component;

/**
 * The id of a form field, for the templates ({@code ${@fieldIds.of('milestones[0].date')}}): the one Thymeleaf's
 * {@code th:field} gives it (the path without its brackets), so that the error summary links to the field; its error
 * message is {@code <id>-erreur}.
 */
@Component("fieldIds")
public class FieldIds {

    public String of(String path) {
        return path.replace("[", "").replace("]", "");
    }
}
