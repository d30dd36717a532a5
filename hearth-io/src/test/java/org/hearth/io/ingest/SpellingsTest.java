package org.hearth.io.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How the returns spell yes and no, and exclusion categories, before and after the DfE's renaming. */
class SpellingsTest {

    @ParameterizedTest(name = "xs:boolean ''{0}'' is {1}")
    @CsvSource(quoteCharacter = '"', value = {"true,true", "1,true", "false,false", "0,false", "\" true \",true", "\"\n0\n\",false"})
    void xmlBooleans(String text, boolean value) {
        assertThat(XmlBoolean.parse(text)).isEqualTo(value);
    }

    @ParameterizedTest(name = "''{0}'' is not an xs:boolean")
    @ValueSource(strings = {"TRUE", "True", "yes", "Y", "N", "no", "2", "", "t"})
    void notXmlBooleans(String text) {
        assertThat(XmlBoolean.parse(text)).isNull();
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource({"FIXD,FIXED_TERM", "SUSP,FIXED_TERM", "fixd,FIXED_TERM", "Suspension,FIXED_TERM", "Fixed-term exclusion,FIXED_TERM",
        "fixed period,FIXED_TERM", "LNCH,FIXED_TERM", "PERM,PERMANENT", "Permanent exclusion,PERMANENT"})
    void exclusionCategories(String text, ExclusionCategory category) {
        assertThat(ExclusionCategory.of(text)).isEqualTo(category);
    }

    @ParameterizedTest(name = "''{0}'' is no exclusion category")
    @ValueSource(strings = {"EXPL", "temporary", "", "FIX"})
    void notExclusionCategories(String text) {
        assertThat(ExclusionCategory.of(text)).isNull();
    }
}
