package fr.cpts.persistence.territory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.territory.Communes;
import fr.cpts.domain.territory.Epci;
import fr.cpts.persistence.PersistenceTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Searching an EPCI by the words of its name or by its SIREN, to add all its communes to a territory. */
@PersistenceTest
class JdbcCommunesEpciSearchTest {

    @Autowired
    Communes communes;

    @Test
    void findsAnEpciByWordsOfItsNameWhateverTheAccentsAndCase() {
        List<Epci> found = communes.searchEpci("bassin ARCACHON", 10);

        assertThat(found).extracting(Epci::name).isNotEmpty().allSatisfy(name -> assertThat(name)
                .containsIgnoringCase("Bassin")
                .containsIgnoringCase("Arcachon"));
        assertThat(communes.searchEpci("pays basque", 5)).extracting(Epci::name).anySatisfy(name -> assertThat(name)
                .contains("Pays Basque"));
    }

    @Test
    void findsAnEpciByTheBeginningOfItsSirenAndListsTheMostPopulatedFirst() {
        Epci first = communes.searchEpci("communaute", 50).get(0);
        List<Epci> bySiren = communes.searchEpci(first.code().substring(0, 9), 5);

        assertThat(bySiren).containsExactly(first);
        List<Epci> many = communes.searchEpci("communaute", 50);
        assertThat(many).hasSize(50);
        assertThat(many.get(0).population().orElse(0))
                .isGreaterThanOrEqualTo(many.get(49).population().orElse(0));
    }

    @Test
    void nothingSearchableFindsNothing() {
        assertThat(communes.searchEpci(" - ", 10)).isEmpty();
        assertThat(communes.searchEpci("arcachon", 0)).isEmpty();
    }
}
