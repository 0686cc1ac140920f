package fr.cpts.web.errors;

/** What is wrong with one input: the field (as the request names it) and a French message. */
public record FieldProblem(String field, String message) {}
