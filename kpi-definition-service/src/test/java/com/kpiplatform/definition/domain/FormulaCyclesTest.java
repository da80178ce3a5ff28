package com.kpiplatform.definition.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaCyclesTest {

    /** Graph as "a:b,c;b:c", the saved KPI, its new dependencies, and the expected cycle ("" for none). */
    @ParameterizedTest(name = "graph {0}, saving {1} -> {2}: cycle {3}")
    @CsvSource(delimiter = '|', value = {
            "''              | a | a     | a>a",
            "b:a             | a | b     | a>b>a",
            "b:c;c:a         | a | b     | a>b>c>a",
            "b:c;c:d         | a | b     | ''",
            "b:c;c:d;d:b     | a | b     | ''",
            "b:c;x:a         | a | b,x   | a>x>a",
            "b:c,d;d:e;e:a   | a | b     | a>b>d>e>a",
            "''              | a | b,c   | ''",
    })
    void findsDirectAndIndirectCycles(String graph, String key, String dependencies, String expected) {
        Map<String, List<String>> edges = parse(graph);

        var cycle = FormulaCycles.cycleThrough(key, Arrays.asList(dependencies.split(",")),
                k -> edges.getOrDefault(k, List.of()));

        assertThat(cycle.map(path -> String.join(">", path)).orElse("")).isEqualTo(expected);
    }

    private static Map<String, List<String>> parse(String graph) {
        if (graph.isEmpty()) {
            return Map.of();
        }
        return Arrays.stream(graph.split(";")).map(edge -> edge.split(":"))
                .collect(Collectors.toMap(e -> e[0], e -> Arrays.asList(e[1].split(","))));
    }
}
