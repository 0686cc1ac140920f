package fr.cpts.funding.assistant;

import fr.cpts.funding.ruleset.Parameter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which medical specialties a rule set admits: the 2019 priority groups ({@link PriorityGroups}), or since the 2024
 * convention every specialty but a few, some of them with a minimum share of clinical fees
 * ({@link AllSpecialtiesExcept}).
 */
public sealed interface SpecialtyRule {

    /** The parameters of the rule, for the warnings of unknown values. */
    List<Parameter<?>> parameters();

    /** The specialty lists the rule names, known or not. */
    List<Parameter<List<Specialty>>> lists();

    /** Every specialty the rule names, known lists only: what a form can offer. */
    default List<Specialty> named() {
        return lists().stream()
                .flatMap(list -> list.value().stream())
                .flatMap(List::stream)
                .toList();
    }

    /** The label of a specialty the rule names, if it names it. */
    default Optional<String> labelOf(String code) {
        return named().stream()
                .filter(specialty -> specialty.code().equals(code))
                .map(Specialty::label)
                .findFirst();
    }

    /**
     * The 2019 rule: groupe 1 eligible everywhere, groupe 2 only in the most under-served territories (30 %).
     */
    record PriorityGroups(Parameter<List<Specialty>> group1, Parameter<List<Specialty>> group2)
            implements SpecialtyRule {

        @Override
        public List<Parameter<?>> parameters() {
            return List.of(group1, group2);
        }

        @Override
        public List<Parameter<List<Specialty>>> lists() {
            return List.of(group1, group2);
        }
    }

    /**
     * The 2024 rule: every specialty except those excluded; those listed as needing clinical fees qualify when their
     * clinical fees (hors actes CCAM) reach a minimum share of their fees over the 12 months before the contract.
     */
    record AllSpecialtiesExcept(
            Parameter<List<Specialty>> excluded,
            Parameter<List<Specialty>> clinicalFeesSpecialties,
            Parameter<Long> minimumClinicalFeesShare)
            implements SpecialtyRule {

        @Override
        public List<Parameter<?>> parameters() {
            return Stream.<Parameter<?>>of(excluded, clinicalFeesSpecialties, minimumClinicalFeesShare)
                    .toList();
        }

        @Override
        public List<Parameter<List<Specialty>>> lists() {
            return List.of(excluded, clinicalFeesSpecialties);
        }
    }
}
