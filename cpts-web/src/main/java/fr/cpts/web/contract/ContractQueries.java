package fr.cpts.web.contract;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.contract.AciContract;
import fr.cpts.domain.contract.ContractEnd;
import fr.cpts.domain.contract.ContractList;
import fr.cpts.domain.contract.ContractParty;
import fr.cpts.domain.contract.Contracts;
import fr.cpts.domain.contract.MissionDeadlineFlag;
import fr.cpts.domain.contract.MissionProgress;
import fr.cpts.domain.contract.MissionStarts;
import fr.cpts.domain.contract.SignedContract;
import fr.cpts.domain.contract.VersionedContract;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.review.ReviewState;
import fr.cpts.domain.review.VersionedReview;
import fr.cpts.domain.review.YearlyReviews;
import fr.cpts.domain.shared.ArchivedDocument;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.funding.contract.ContractCheckResult;
import fr.cpts.funding.contract.ContractFunding;
import fr.cpts.funding.contract.ContractSchedule;
import fr.cpts.funding.contract.PaymentStatement;
import fr.cpts.web.FrenchFormats;
import fr.cpts.web.review.RecordedStatements;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the three parties read of the ACI contracts: the contract page (draft checked by the funding engine, schedule
 * of the version in force, mission dates), the issued PDFs, the summary shown on other pages, and the officers'
 * list. Nothing here changes anything.
 */
@Service
@Transactional(readOnly = true)
public class ContractQueries {

    private static final Logger log = LoggerFactory.getLogger(ContractQueries.class);

    private final Contracts contracts;
    private final ContractList contractList;
    private final YearlyReviews reviews;
    private final RecordedStatements recorded;
    private final ContractFunding funding;
    private final ContractBasis basis;
    private final Clock clock;

    ContractQueries(
            Contracts contracts,
            ContractList contractList,
            YearlyReviews reviews,
            ContractFunding funding,
            ContractBasis basis,
            RecordedStatements recorded,
            Clock clock) {
        this.recorded = recorded;
        this.contracts = contracts;
        this.contractList = contractList;
        this.reviews = reviews;
        this.funding = funding;
        this.basis = basis;
        this.clock = clock;
    }

    /** Everything the contract page shows the viewer of that CPTS. */
    public ContractPage page(Account viewer, CptsRecord cpts) {
        Optional<VersionedContract> stored = contracts.of(cpts.id());
        LocalDate today = today();
        Optional<LocalDate> validatedOn = basis.healthProjectValidatedOn(cpts.id());
        if (stored.isEmpty()) {
            return ContractPage.withoutContract(cpts, viewer.role(), validatedOn, basis.population(cpts.id()));
        }
        AciContract contract = stored.get().contract();
        Optional<ContractCheckResult> draftCheck = contract.pendingDraft()
                .map(draft -> funding.check(draft, draft.terms().population()));
        Map<Mission, MissionProgress> progress = stored.get().progress();
        Optional<ContractSchedule> schedule =
                contract.active().flatMap(active -> schedule(active, cpts.id(), progress, contract.end()));
        return ContractPage.of(
                cpts,
                viewer.role(),
                contract,
                stored.get().version(),
                draftCheck,
                schedule,
                progress,
                today,
                contracts.documentFingerprints(cpts.id()));
    }

    /** The schedule of the CPTS's contract in force; empty without one, or when the funding engine refuses it. */
    public Optional<ContractSchedule> scheduleInForce(CptsId cpts) {
        return contracts.of(cpts).flatMap(stored -> stored.contract()
                .active()
                .flatMap(active -> schedule(
                        active, cpts, stored.progress(), stored.contract().end())));
    }

    /** The PDF issued for a signed version, as archived. */
    public Optional<ArchivedDocument> document(CptsRecord cpts, int version) {
        return contracts.document(cpts.id(), version);
    }

    /** Where the CPTS's contract stands and the mission dates needing attention, for its other pages. */
    public ContractSummary summary(CptsRecord cpts) {
        return contracts
                .of(cpts.id())
                .map(stored -> new ContractSummary(
                        stored.contract().status(),
                        stored.contract()
                                .active()
                                .map(active -> MissionDeadlineFlag.of(active, stored.progress(), today()))
                                .orElse(List.of())))
                .orElse(new ContractSummary(null, List.of()));
    }

    /**
     * The contracts of the officer's scope, a page at a time: those with a late deadline first, then those with one
     * due soon, then the others, by CPTS name (sorted and paged by PostgreSQL on the stored deadline).
     */
    public Page<ContractRow> list(Account officer, boolean toSign, PageRequest page) {
        LocalDate today = today();
        Page<CptsRecord> listed = contractList.withContract(officer.scope(), today, awaiting(officer, toSign), page);
        List<ContractRow> rows = rows(listed.rows(), today);
        return new Page<>(rows, listed.request(), listed.total());
    }

    /**
     * The same list whole, in the same order, handed over a batch of {@value #EXPORT_BATCH} contracts at a time as it
     * is read (its exports): each batch reads its contracts and their progress at once, never the whole list.
     */
    public void eachListed(Account officer, boolean toSign, Consumer<ContractRow> consumer) {
        LocalDate today = today();
        List<CptsRecord> batch = new ArrayList<>(EXPORT_BATCH);
        contractList.eachWithContract(officer.scope(), today, awaiting(officer, toSign), cpts -> {
            batch.add(cpts);
            if (batch.size() == EXPORT_BATCH) {
                rows(batch, today).forEach(consumer);
                batch.clear();
            }
        });
        rows(batch, today).forEach(consumer);
    }

    private static final int EXPORT_BATCH = 200;

    /** « À signer »: the versions awaiting the officer's party's signature. */
    private static Optional<ContractParty> awaiting(Account officer, boolean toSign) {
        return toSign ? ContractParty.signingAs(officer.role()) : Optional.empty();
    }

    /** The rows of these CPTS, in their order: their contracts and progress read in two statements. */
    private List<ContractRow> rows(List<CptsRecord> listed, LocalDate today) {
        if (listed.isEmpty()) {
            return List.of();
        }
        List<CptsId> ids = listed.stream().map(CptsRecord::id).toList();
        Map<CptsId, AciContract> byCpts = contracts.ofCpts(ids).stream()
                .map(VersionedContract::contract)
                .collect(Collectors.toMap(AciContract::cpts, Function.identity()));
        Map<CptsId, Map<Mission, MissionProgress>> progress = contracts.progressOf(ids);
        return listed.stream()
                .map(cpts -> {
                    AciContract contract = byCpts.get(cpts.id());
                    List<MissionDeadlineFlag> flags = contract.active()
                            .map(active ->
                                    MissionDeadlineFlag.of(active, progress.getOrDefault(cpts.id(), Map.of()), today))
                            .orElse(List.of());
                    return new ContractRow(cpts, contract, flags);
                })
                .toList();
    }

    /**
     * The schedule of the version in force, each year reviewed against that version with its accepted values (a
     * year reviewed under an earlier version keeps its archived statement); empty when the funding engine refuses it
     * (a later rule set whose ceilings the amounts exceed), the page then says why.
     */
    private Optional<ContractSchedule> schedule(
            SignedContract active, CptsId cpts, Map<Mission, MissionProgress> progress, Optional<ContractEnd> end) {
        Map<Integer, Map<String, BigDecimal>> accepted = new LinkedHashMap<>();
        Set<Integer> crisisYears = new HashSet<>();
        for (VersionedReview stored : reviews.ofCpts(List.of(cpts))) {
            if (stored.review().contractVersion() != active.version()) {
                continue;
            }
            if (stored.review().state() == ReviewState.CLOSED) {
                accepted.put(stored.review().contractYear(), stored.review().acceptedValues());
            }
            if (stored.review().crisisDeclared()) {
                crisisYears.add(stored.review().contractYear());
            }
        }
        try {
            Map<Integer, PaymentStatement> recordedYears = new TreeMap<>();
            reviews.statementFiguresOf(cpts, active.version())
                    .forEach((year, figures) -> recordedYears.put(year, recorded.read(figures)));
            return Optional.of(funding.schedule(
                            active,
                            active.terms().population(),
                            accepted,
                            crisisYears,
                            MissionStarts.of(active.terms(), progress),
                            end)
                    .withRecordedYears(recordedYears));
        } catch (DomainException refused) {
            log.warn(
                    "Échéancier du contrat de la CPTS {} refusé par le moteur de financement : {}",
                    cpts.value(),
                    refused.getMessage());
            return Optional.empty();
        }
    }

    private LocalDate today() {
        return FrenchFormats.today(clock);
    }
}
