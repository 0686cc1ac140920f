package fr.cpts.persistence.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestDatabaseTest {

    @Test
    void replacesTheDatabaseNameAndKeepsTheParameters() {
        assertThat(TestDatabase.withDatabase("jdbc:postgresql://localhost:5432/postgres?user=x", "t1"))
                .isEqualTo("jdbc:postgresql://localhost:5432/t1?user=x");
        assertThat(TestDatabase.withDatabase("jdbc:postgresql://db:5432/", "t2"))
                .isEqualTo("jdbc:postgresql://db:5432/t2");
        assertThat(TestDatabase.withDatabase("jdbc:postgresql://db:5432", "t3"))
                .isEqualTo("jdbc:postgresql://db:5432/t3");
    }
}
