package fr.cpts.domain.assistant;

/**
 * The working time of the medical assistant the doctor hires (option du contrat : 1/3 temps, 1/2 temps, temps
 * plein). The codes are those of the funding rule sets, which say which options are open on a date.
 */
public enum AssistantWorkingTime {
    THIRD("1/3 temps"),
    HALF("1/2 temps"),
    FULL("temps plein (1 ETP)");

    private final String label;

    AssistantWorkingTime(String label) {
        this.label = label;
    }

    /** French label shown to users. */
    public String label() {
        return label;
    }
}
