package fr.cpts.domain.territory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PastedInseeCodesTest {

    @Test
    void readsCodesSeparatedBySpacesLinesCommasOrSemicolonsOnceEach() {
        PastedInseeCodes pasted = PastedInseeCodes.parse(" 33227\r\n33352;2a004 , 33227\t97120 ");

        assertThat(pasted.codes()).extracting(InseeCode::value).containsExactly("33227", "33352", "2A004", "97120");
        assertThat(pasted.malformed()).isEmpty();
    }

    @Test
    void keepsWhatIsNoCodeToListItBack() {
        PastedInseeCodes pasted = PastedInseeCodes.parse("33227 3322 Langon 332270");

        assertThat(pasted.codes()).extracting(InseeCode::value).containsExactly("33227");
        assertThat(pasted.malformed()).containsExactly("3322", "LANGON", "332270");
    }

    @Test
    void nothingPastedIsEmpty() {
        assertThat(PastedInseeCodes.parse(null).isEmpty()).isTrue();
        assertThat(PastedInseeCodes.parse(" \n ").isEmpty()).isTrue();
    }
}
