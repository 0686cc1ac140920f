package fr.cpts.web.confirmation;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;

/**
 * The confirmation of an act as a page of its own: the same consequences and figures as the modal, and a form that
 * posts the fields of the first request again with the confirming answer.
 */
public final class ConfirmationPage {

    private ConfirmationPage() {}

    /** The view showing that confirmation of the act posted to {@code action} (an address inside the application). */
    public static String show(Confirmation confirmation, String action, HttpServletRequest request, Model model) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("_csrf") && !name.equals(Confirmation.FIELD)) {
                for (String value : values) {
                    fields.add(Map.entry(name, value));
                }
            }
        });
        model.addAttribute("confirmation", confirmation);
        model.addAttribute("confirmationAction", action);
        model.addAttribute("confirmationFields", fields);
        return "confirmation/page";
    }
}
