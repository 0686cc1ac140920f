package fr.cpts.web.review;

import fr.cpts.funding.contract.PaymentStatement;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A payment statement as recorded when its review closed: every amount, its explanation and the rule set used, as
 * JSON, so that a closed year's page shows what was decided and not what today's rule data would compute.
 */
@Component
public class RecordedStatements {

    private final JsonMapper json;

    RecordedStatements(JsonMapper json) {
        this.json = json;
    }

    String write(PaymentStatement statement) {
        return json.writeValueAsString(statement);
    }

    public PaymentStatement read(String figures) {
        return json.readValue(figures, PaymentStatement.class);
    }
}
