package com.kpiplatform.definition.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaTest {

    @ParameterizedTest(name = "{0} depends on {1}")
    @CsvSource(delimiter = '|', value = {
            "([sales.revenue] - [marketing.spend]) / [marketing.spend] | sales.revenue,marketing.spend",
            "[ops.availability] * [ops.performance] * [ops.quality]     | ops.availability,ops.performance,ops.quality",
            "[a-b_c.d] * 100                                            | a-b_c.d",
            "MAX([x1], [x2]) + ABS([x1])                                | x1,x2",
            "[ spaced.key ] / 2                                         | spaced.key",
    })
    void listsEachReferencedKpiOnceInOrder(String text, String dependencies) {
        assertThat(Formula.parse(text).dependencies()).containsExactlyElementsOf(Arrays.asList(dependencies.split(",")));
    }

    @ParameterizedTest(name = "{0} is rejected: {1}")
    @CsvSource(delimiter = '|', value = {
            "''                          | must not be blank",
            "42 * 2                      | must reference at least one KPI",
            "[sales.revenue] +           | is not a valid expression",
            "([a1] + [b1]                | is not a valid expression",
            "[a1] [b1]                   | is not a valid expression",
            "[Sales]                     | [Sales] is not a KPI key",
            "[a1] + [b1                  | unbalanced",
            "[a1] + revenue              | uses 'revenue', which is neither a function nor a KPI reference",
            "NOSUCHFUNCTION([a1])        | is not a valid expression",
    })
    void rejectsFormulasSayingWhy(String text, String message) {
        assertThatThrownBy(() -> Formula.parse(text))
                .isInstanceOf(InvalidFormulaException.class)
                .hasMessageContaining(message);
    }

    @org.junit.jupiter.api.Test
    void rejectsOverlongFormulas() {
        String text = "[a1]" + " + 1".repeat(300);

        assertThatThrownBy(() -> Formula.parse(text)).hasMessageContaining("at most 1000 characters");
    }
}
