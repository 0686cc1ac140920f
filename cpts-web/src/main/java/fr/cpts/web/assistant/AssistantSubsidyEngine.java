package fr.cpts.web.assistant;

import fr.cpts.domain.assistant.AssistantSubsidyApplication;
import fr.cpts.domain.assistant.AssistantSubsidyRequest;
import fr.cpts.domain.assistant.AssistantWorkingTime;
import fr.cpts.domain.assistant.ClaimedDerogation;
import fr.cpts.domain.assistant.Doctor;
import fr.cpts.domain.assistant.FeeSector;
import fr.cpts.funding.FundingRefusal;
import fr.cpts.funding.assistant.AssistantOption;
import fr.cpts.funding.assistant.AssistantParameters;
import fr.cpts.funding.assistant.AssistantParametersReader;
import fr.cpts.funding.assistant.AssistantSubsidy;
import fr.cpts.funding.assistant.CommitmentOutcome;
import fr.cpts.funding.assistant.Derogation;
import fr.cpts.funding.assistant.DoctorProfile;
import fr.cpts.funding.assistant.EligibilityResult;
import fr.cpts.funding.assistant.Sector;
import fr.cpts.funding.ruleset.RuleSet;
import fr.cpts.funding.ruleset.RuleSetSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The funding engine applied to a subsidy request: the request's doctor, practice and activity become the engine's
 * {@link DoctorProfile}, its option the engine's {@link AssistantOption}, and its hiring date the date that chooses
 * the rule set. Also lists the specialties of the rule sets for the form.
 */
@Service
public class AssistantSubsidyEngine {

    /** Contract years shown: the 5-year contract. */
    static final int CONTRACT_YEARS = 5;

    /** The choice offered for a specialty outside every priority group. */
    static final String OTHER_SPECIALTY = "AUTRE";

    private final AssistantSubsidy subsidy;
    private final Map<String, String> specialties;

    /** The specialties come from the rule sets shipped with the application, those the engine's bean reads. */
    AssistantSubsidyEngine(AssistantSubsidy subsidy) {
        this.subsidy = subsidy;
        this.specialties = specialtiesOf(AssistantParametersReader.shippedRuleSets());
    }

    /** A request as it stands: its application and the patient lists declared for its years. */
    public SubsidyAssessment assess(AssistantSubsidyRequest request) {
        return assess(request.application(), request.declaredPatientLists());
    }

    /** An application not yet accepted: no patient list declared. */
    public SubsidyAssessment assess(AssistantSubsidyApplication application) {
        return assess(application, Map.of());
    }

    /**
     * Eligibility, the commitment's range and the yearly amounts with the commitment's outcome; never throws for what
     * a person may type (the refusals are in the result).
     */
    public SubsidyAssessment assess(AssistantSubsidyApplication application, Map<Integer, Long> declared) {
        AssistantOption option = optionOf(application.workingTime());
        String ruleSet = SubsidyAssessment.NO_RULE_SET;
        List<SubsidyAssessment.Failure> failures = new ArrayList<>();
        List<SubsidyAssessment.Derogation> derogations = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try {
            EligibilityResult result =
                    subsidy.checkEligibility(profileOf(application), option, application.hiringDate());
            ruleSet = result.ruleSetName();
            result.failures()
                    .forEach(failure -> failures.add(
                            new SubsidyAssessment.Failure(failure.criterion().label(), failure.reason())));
            result.derogations()
                    .forEach(derogation -> derogations.add(
                            new SubsidyAssessment.Derogation(derogation.explanation(), derogation.decisionRequired())));
            warnings.addAll(result.warnings());
            application
                    .commitment()
                    .flatMap(commitment -> subsidy.commitmentRefusal(option, application.hiringDate(), commitment))
                    .ifPresent(reason -> failures.add(new SubsidyAssessment.Failure("engagement du médecin", reason)));
        } catch (FundingRefusal refusal) {
            refusal.reasons().forEach(reason -> failures.add(new SubsidyAssessment.Failure("barème", reason)));
        }
        List<SubsidyAssessment.ScheduleYear> schedule = new ArrayList<>();
        Optional<String> scheduleRefusal = Optional.empty();
        try {
            OptionalInt percentile = OptionalInt.of(application.activity().activityPercentile());
            for (int year = 1; year <= CONTRACT_YEARS; year++) {
                Long list = declared.get(year);
                CommitmentOutcome commitment = subsidy.commitmentOutcome(
                        option,
                        application.hiringDate(),
                        year,
                        percentile,
                        application.commitment(),
                        list == null ? OptionalLong.empty() : OptionalLong.of(list));
                schedule.add(new SubsidyAssessment.ScheduleYear(
                        year,
                        application.hiringDate().plusYears(year - 1),
                        application.hiringDate().plusYears(year).minusDays(1),
                        commitment));
            }
        } catch (FundingRefusal refusal) {
            scheduleRefusal = Optional.of(String.join(" ", refusal.reasons()));
        }
        return new SubsidyAssessment(ruleSet, failures, derogations, warnings, schedule, scheduleRefusal);
    }

    /** The doctor as the eligibility rules read them. */
    static DoctorProfile profileOf(AssistantSubsidyApplication application) {
        Doctor doctor = application.doctor();
        return new DoctorProfile(
                doctor.specialtyCode(),
                sectorOf(doctor.sector()),
                doctor.optam(),
                application.practice().doctorsInPractice(),
                application.practice().inUnderServedZone(),
                application.practice().inMostUnderServedTerritory(),
                application.activity().medecinTraitantAdultPatients(),
                application.activity().activityPercentile(),
                application.activity().clinicalFeesShare(),
                application.practice().committedToCoordinatedPractice(),
                application.activity().structureIndicatorsValidated(),
                application.practice().claimedDerogations().stream()
                        .map(AssistantSubsidyEngine::derogationOf)
                        .collect(Collectors.toSet()));
    }

    static Derogation derogationOf(ClaimedDerogation claimed) {
        return switch (claimed) {
            case NEW_INSTALLATION -> Derogation.NEW_INSTALLATION;
            case DISABILITY_OR_LONG_TERM_ILLNESS -> Derogation.DISABILITY_OR_LONG_TERM_ILLNESS;
            case SHARED_ASSISTANT -> Derogation.SHARED_ASSISTANT;
        };
    }

    static AssistantOption optionOf(AssistantWorkingTime workingTime) {
        return switch (workingTime) {
            case THIRD -> AssistantOption.THIRD;
            case HALF -> AssistantOption.HALF;
            case FULL -> AssistantOption.FULL;
        };
    }

    static Sector sectorOf(FeeSector sector) {
        return switch (sector) {
            case SECTOR_1 -> Sector.SECTOR_1;
            case SECTOR_2 -> Sector.SECTOR_2;
            case NOT_CONTRACTED -> Sector.NOT_CONTRACTED;
        };
    }

    /** The specialties the form offers, code → French label: the priority groups, then « other ». */
    public Map<String, String> specialties() {
        return specialties;
    }

    /** The French label of a specialty code, or the code itself when no rule set lists it. */
    public String specialtyLabel(String code) {
        return specialties.getOrDefault(code, code);
    }

    private static Map<String, String> specialtiesOf(RuleSetSource<AssistantParameters> source) {
        Map<String, String> byCode = new LinkedHashMap<>();
        for (RuleSet<AssistantParameters> ruleSet : source.ruleSets().all()) {
            ruleSet.parameters()
                    .eligibility()
                    .specialties()
                    .named()
                    .forEach(specialty -> byCode.put(specialty.code(), specialty.label()));
        }
        byCode.put(OTHER_SPECIALTY, "Autre spécialité médicale");
        return Collections.unmodifiableMap(byCode);
    }
}
