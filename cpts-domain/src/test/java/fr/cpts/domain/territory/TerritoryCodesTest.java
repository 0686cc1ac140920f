package fr.cpts.domain.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TerritoryCodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"01", "33", "2A", "2B", "971", "976"})
    void acceptsMetropolitanCorsicanAndOverseasDepartements(String code) {
        assertThatCode(() -> new DepartementCode(code)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "3", "2C", "33A", "9710", "abc"})
    void refusesMalformedDepartements(String code) {
        assertThatThrownBy(() -> new DepartementCode(code)).hasMessageStartingWith("Code département invalide");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "7", "750", "AB"})
    void refusesMalformedRegions(String code) {
        assertThatThrownBy(() -> new RegionCode(code)).hasMessageStartingWith("Code région invalide");
    }

    @Test
    void aTypedCodeIsReadWhenItHasTheFormatOfARegionOrDepartementAndIgnoredOtherwise() {
        assertThat(RegionCode.readable(" 75 ")).contains(new RegionCode("75"));
        assertThat(RegionCode.readable("7")).isEmpty();
        assertThat(RegionCode.readable(null)).isEmpty();
        assertThat(DepartementCode.readable("2A")).contains(new DepartementCode("2A"));
        assertThat(DepartementCode.readable("971")).contains(new DepartementCode("971"));
        assertThat(DepartementCode.readable("999")).isEmpty();
    }
}
