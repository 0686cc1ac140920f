package fr.cpts.web.errors;

import java.util.List;

/** A request refused because of what was typed or sent; each problem names its field. */
public class InvalidInput extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInput(String field, List<String> messages) {
        this(messages.stream().map(message -> new FieldProblem(field, message)).toList());
    }

    public InvalidInput(List<FieldProblem> problems) {
        super(String.join(" ", problems.stream().map(FieldProblem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
