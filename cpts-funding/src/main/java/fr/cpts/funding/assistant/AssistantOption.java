package fr.cpts.funding.assistant;

import fr.cpts.funding.FundingRefusal;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The working time of the subsidised medical assistant (option du contrat assistant médical). */
public enum AssistantOption {
    THIRD("1/3 temps"),
    HALF("1/2 temps"),
    FULL("temps plein (1 ETP)");

    private final String label;

    AssistantOption(String label) {
        this.label = label;
    }

    /** French label shown to users. */
    public String label() {
        return label;
    }

    /** The option named by its code ({@code THIRD}, {@code HALF}, {@code FULL}); any other code is refused. */
    public static AssistantOption fromCode(String code) {
        return Arrays.stream(values())
                .filter(option -> option.name().equals(code))
                .findFirst()
                .orElseThrow(() -> new FundingRefusal(
                        "Option d'assistant médical inconnue : « " + code + " ». Options possibles : "
                                + Arrays.stream(values())
                                        .map(option -> option.name() + " (" + option.label + ")")
                                        .collect(Collectors.joining(", "))
                                + "."));
    }
}
