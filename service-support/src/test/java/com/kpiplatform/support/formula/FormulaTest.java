package com.kpiplatform.support.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
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

    @ParameterizedTest(name = "{0} with {1} = {2}")
    @CsvSource(delimiter = '|', value = {
            "([sales.revenue] - [marketing.spend]) / [marketing.spend] | sales.revenue=500,marketing.spend=100 | 4",
            "[ops.availability] * [ops.performance] * [ops.quality]     | ops.availability=0.9,ops.performance=0.95,ops.quality=0.99 | 0.84645",
            "MAX([x1], [x2]) - [x1]                                     | x1=3,x2=10 | 7",
            "[a1] / 3                                                   | a1=1 | 0.3333333333333333333333333333333333",
    })
    void evaluatesWithTheValuesOfItsDependencies(String text, String values, BigDecimal expected) {
        Map<String, BigDecimal> inputs = Arrays.stream(values.split(",")).map(v -> v.split("="))
                .collect(Collectors.toMap(v -> v[0], v -> new BigDecimal(v[1])));

        assertThat(Formula.parse(text).evaluate(inputs)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0} with {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "[a1] / [b1]     | a1=1,b1=0 | division by zero",
            "[a1] + [b1]     | a1=1      | no value for b1",
    })
    void saysWhyAFormulaHasNoValue(String text, String values, String reason) {
        Map<String, BigDecimal> inputs = Arrays.stream(values.split(",")).map(v -> v.split("="))
                .collect(Collectors.toMap(v -> v[0], v -> new BigDecimal(v[1])));

        assertThatThrownBy(() -> Formula.parse(text).evaluate(inputs))
                .isInstanceOf(FormulaEvaluationException.class)
                .hasMessageContaining(reason);
    }

    @org.junit.jupiter.api.Test
    void rejectsOverlongFormulas() {
        String text = "[a1]" + " + 1".repeat(300);

        assertThatThrownBy(() -> Formula.parse(text)).hasMessageContaining("at most 1000 characters");
    }
}
