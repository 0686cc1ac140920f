package fr.cpts.domain.diagnostic;

import fr.cpts.domain.shared.DomainException;
import java.util.List;

/** A data set's file was refused, nothing of it imported: each problem with its line number. */
public class DataSetRefused extends DomainException {

    private final List<Problem> problems;

    public DataSetRefused(List<Problem> problems) {
        super(
                problems.size() == 1
                        ? "Le fichier est refusé : 1 erreur, rien n'a été importé."
                        : "Le fichier est refusé : " + problems.size() + " erreurs, rien n'a été importé.");
        this.problems = List.copyOf(problems);
    }

    public DataSetRefused(String problem) {
        this(List.of(new Problem(0, problem)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** A problem of the file: its line (1 is the header, 0 the whole file) and what is wrong, in French. */
    public record Problem(int line, String message) {
        @Override
        public String toString() {
            return line == 0 ? message : "Ligne " + line + " : " + message;
        }
    }
}
