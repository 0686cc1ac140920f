package fr.cpts.funding.benchmark;

import fr.cpts.funding.aci.AciContract;
import fr.cpts.funding.aci.AciSimulator;
import fr.cpts.funding.aci.ContractFixtures;
import fr.cpts.funding.aci.ContractYearSimulation;
import fr.cpts.funding.aci.YearlyReview;
import fr.cpts.funding.explanation.Explanation;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * (a) one full ACI contract year: rule-set choice, ceiling check, variable part, schedule and explanations,
 * target under 50 µs; (b) a national run of 1 000 contracts × 5 contract years, target under 200 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
public class FundingBenchmark {

    private static final int CONTRACTS = 1_000;
    private static final int YEARS = 5;

    private final AciSimulator simulator = AciSimulator.withShippedRuleSets();
    private final YearlyReview review = new YearlyReview(ContractFixtures.allReached(), true);
    private AciContract oneContract;
    private List<AciContract> nationalContracts;

    @Setup
    public void prepare() {
        oneContract = ContractFixtures.realT3Shape(LocalDate.of(2023, 1, 1));
        LocalDate firstSignature = LocalDate.of(2019, 9, 1);
        nationalContracts = IntStream.range(0, CONTRACTS)
                .mapToObj(i -> ContractFixtures.modest(firstSignature.plusDays(i * 2L), 20_000L + i * 250L))
                .toList();
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Explanation oneContractYear() {
        ContractYearSimulation year = simulator.simulateYear(oneContract, 1, review);
        return year.schedule().total();
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void nationalRun(Blackhole blackhole) {
        for (AciContract contract : nationalContracts) {
            for (int year = 1; year <= YEARS; year++) {
                blackhole.consume(simulator
                        .simulateYear(contract, year, review)
                        .schedule()
                        .total());
            }
        }
    }
}
