package fr.cpts.web.errors;

import fr.cpts.domain.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The one place where a page turns a refusal of the domain into what the person sees: back to the page the form
 * belongs to ({@link BackOnRefusal}), the French reason shown there, nothing saved (the use case's transaction rolled
 * back). A handler without {@link BackOnRefusal} is not a form of this kind: the refusal goes on to the error pages.
 * The JSON API has its own answer ({@link ApiErrorHandler}, which comes first).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageRefusals {

    @ExceptionHandler(DomainException.class)
    void refused(
            DomainException refusal, HandlerMethod handler, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        BackOnRefusal back = handler.getMethodAnnotation(BackOnRefusal.class);
        if (back == null) {
            throw refusal;
        }
        String target = expanded(back.value(), request);
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put("error", refusal.getMessage());
        int fragment = target.indexOf('#');
        RequestContextUtils.saveOutputFlashMap(
                fragment < 0 ? target : target.substring(0, fragment), request, response);
        response.sendRedirect(request.getContextPath() + target);
    }

    /** The path with the request's path variables, then its parameters, in place of their names. */
    static String expanded(String template, HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String path = template;
        if (variables != null) {
            for (Map.Entry<String, String> variable : variables.entrySet()) {
                path = path.replace(
                        "{" + variable.getKey() + "}", URLEncoder.encode(variable.getValue(), StandardCharsets.UTF_8));
            }
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (parameter.getValue().length > 0) {
                path = path.replace(
                        "{" + parameter.getKey() + "}",
                        URLEncoder.encode(parameter.getValue()[0], StandardCharsets.UTF_8));
            }
        }
        return path;
    }
}
