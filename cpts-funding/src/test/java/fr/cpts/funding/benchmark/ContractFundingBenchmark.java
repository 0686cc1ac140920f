package fr.cpts.funding.benchmark;

import fr.cpts.domain.contract.SignedContract;
import fr.cpts.funding.contract.ContractExamples;
import fr.cpts.funding.contract.ContractFunding;
import fr.cpts.funding.contract.ContractSchedule;
import fr.cpts.funding.contract.PaymentStatement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * What a contract page and a review closing compute: (c) the whole 5-year schedule of a signed contract, year 1
 * reviewed, every line explained, target under 1 ms; (d) the payment statement of a reviewed year, target under
 * 200 µs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ContractFundingBenchmark {

    private static final long POPULATION = 60_000;

    private final ContractFunding funding = ContractFunding.withShippedRuleSets();
    private final SignedContract contract = ContractExamples.signed();

    @Benchmark
    public ContractSchedule fiveYearSchedule() {
        return funding.schedule(contract, POPULATION, Map.of(1, ContractExamples.YEAR_1_ACCEPTED));
    }

    @Benchmark
    public PaymentStatement yearStatement() {
        return funding.statement(contract, POPULATION, 1, ContractExamples.YEAR_1_ACCEPTED);
    }
}
