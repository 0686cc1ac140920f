package fr.cpts.funding.contract;

import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.money.Money;
import fr.cpts.funding.explanation.Explanation;
import java.util.List;
import java.util.Objects;

/**
 * One mission in a year's payment statement: its fixed part due (prorated in its first year), its variable part
 * earned and, for that part, each indicator's explanation (none when the mission has not started, or for the crisis
 * mission without a declared crisis).
 */
public record MissionStatement(
        Mission mission,
        boolean started,
        Explanation fixedPartDue,
        Explanation variablePartEarned,
        List<Explanation> indicators) {

    public MissionStatement {
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(fixedPartDue, "fixedPartDue");
        Objects.requireNonNull(variablePartEarned, "variablePartEarned");
        indicators = List.copyOf(indicators);
    }

    /** Fixed part due + variable part earned. */
    public Money total() {
        return fixedPartDue.amount().plus(variablePartEarned.amount());
    }
}
