package fr.cpts.domain.diagnostic;

/** A specialty whose patient flows are followed (médecine générale, soins infirmiers, …). */
public record Specialty(String code, String label) {}
