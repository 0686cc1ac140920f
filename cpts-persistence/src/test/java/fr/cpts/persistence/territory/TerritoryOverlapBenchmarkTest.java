package fr.cpts.persistence.territory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.territory.Territories;
import fr.cpts.domain.territory.TerritoryOverlap;
import fr.cpts.persistence.PersistenceTest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The overlap check the letter of intent runs stays fast at national scale: a 150-commune territory against
 * 1,000 other CPTS territories of 30 communes each (30,000 rows), on the real reference communes.
 */
@PersistenceTest
class TerritoryOverlapBenchmarkTest {

    private static final Logger log = LoggerFactory.getLogger(TerritoryOverlapBenchmarkTest.class);
    private static final int OTHER_CPTS = 1_000;
    private static final int COMMUNES_EACH = 30;
    private static final int MINE = 150;
    private static final int RUNS = 50;

    @Autowired
    Territories territories;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void findsTheOverlapsOfA150CommuneTerritoryAmong1000OthersInAFewMilliseconds() {
        // 1,000 CPTS, each holding 30 consecutive communes (in code order) of the 30,000 first communes
        jdbc.update(
                "insert into cpts (name, region_code, departement_code, stage) "
                        + "select 'CPTS Banc ' || n, '75', '33', 'INITIATIVE' from generate_series(1, ?) as n",
                OTHER_CPTS);
        jdbc.update("""
                insert into cpts_territory (cpts_id, version, updated_by)
                select id, 1, 'banc' from cpts where name like 'CPTS Banc %'""");
        jdbc.update("""
                with numbered as (select code, row_number() over (order by code) - 1 as n from commune),
                     bench as (select id, row_number() over (order by id) - 1 as n from cpts where name like 'CPTS Banc %')
                insert into cpts_territory_commune (cpts_id, commune_code)
                select bench.id, numbered.code from numbered join bench on bench.n = numbered.n / ?
                where numbered.n < ?""", COMMUNES_EACH, OTHER_CPTS * COMMUNES_EACH);
        // mine: 150 communes, one in five of them also held by a bench CPTS (every 150th commune), 30 overlaps
        Long mine = jdbc.queryForObject(
                "insert into cpts (name, region_code, departement_code, stage) "
                        + "values ('CPTS Mesurée', '75', '33', 'INITIATIVE') returning id",
                Long.class);
        jdbc.update("insert into cpts_territory (cpts_id, version, updated_by) values (?, 1, 'banc')", mine);
        jdbc.update("""
                with numbered as (select code, row_number() over (order by code) - 1 as n from commune)
                insert into cpts_territory_commune (cpts_id, commune_code)
                select ?, code from numbered
                where (n < 30000 and n % 1000 < 1 and n / 1000 < 30) or n >= 30000 and n < 30120""", mine);
        jdbc.execute("analyze cpts_territory_commune");
        assertThat(jdbc.queryForObject("select count(*) from cpts_territory_commune", Long.class))
                .isEqualTo(OTHER_CPTS * COMMUNES_EACH + MINE);

        CptsId cpts = new CptsId(mine);
        for (int warmUp = 0; warmUp < 10; warmUp++) {
            territories.overlapsOf(cpts);
        }
        long[] nanos = new long[RUNS];
        List<TerritoryOverlap> overlaps = List.of();
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            overlaps = territories.overlapsOf(cpts);
            nanos[run] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double medianMs = nanos[RUNS / 2] / 1e6;
        double worstMs = nanos[RUNS - 1] / 1e6;
        log.info(
                "overlapsOf: territoire de {} communes contre {} CPTS de {} communes : médiane {} ms, pire {} ms "
                        + "({} exécutions)",
                MINE,
                OTHER_CPTS,
                COMMUNES_EACH,
                String.format("%.2f", medianMs),
                String.format("%.2f", worstMs),
                RUNS);
        System.out.printf(
                "BENCHMARK overlapsOf 150 communes vs 1000 CPTS: median %.2f ms, max %.2f ms%n", medianMs, worstMs);

        assertThat(overlaps).hasSize(30);
        assertThat(territories.of(cpts).communes()).hasSize(MINE);
        assertThat(medianMs).as("median overlap check, ms").isLessThan(50);
    }
}
