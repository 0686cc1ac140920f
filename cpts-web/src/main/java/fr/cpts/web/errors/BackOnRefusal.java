package fr.cpts.web.errors;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where a page's form goes back when the domain refuses what it asked ({@link PageRefusals}): a path of the
 * platform, with the handler's path variables in braces and an optional fragment, for instance
 * {@code /ars/dossiers/{id}#avis}.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface BackOnRefusal {

    String value();
}
