package com.kpiplatform.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.compare.OpenApiDiffOptions;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;

/**
 * No change to {@code /api/v1} breaks a client built against the released contract
 * ({@code openapi/released/}), unless openapi/BREAKING.md lists the operation with a reason.
 */
class BreakingChangesTest {

    private static final Pattern LISTED = Pattern.compile("^\\|\\s*([a-z-]+)\\s*\\|\\s*`?([A-Z]+ /\\S+?)`?\\s*\\|\\s*(\\S.*?)\\s*\\|\\s*$");
    static final List<String> SERVICES = Documents.SERVICES;
    /** Generated clients name their functions after operation ids: renaming one breaks them. */
    private static final OpenApiDiffOptions OPTIONS = OpenApiDiffOptions.builder()
            .configProperty("incompatible.operation.id.changed", "true").build();

    @ParameterizedTest
    @FieldSource("SERVICES")
    void noBreakingChangeToV1UnlessListedWithAReason(String service) throws IOException {
        ChangedOpenApi diff = OpenApiCompare.fromLocations(Documents.released(service).toUri().toString(),
                Documents.current(service).toUri().toString(), null, OPTIONS);
        Map<String, String> breaking = new LinkedHashMap<>();
        diff.getMissingEndpoints().forEach(gone -> breaking.put(gone.getMethod() + " " + gone.getPathUrl(), "removed"));
        for (ChangedOperation changed : diff.getChangedOperations()) {
            if (changed.isIncompatible()) {
                breaking.put(changed.getHttpMethod() + " " + changed.getPathUrl(), incompatibleParts(changed));
            }
        }
        breaking.keySet().removeIf(operation -> !operation.contains(" /api/v1/"));
        breaking.keySet().removeAll(listed(service));

        assertThat(breaking).as("breaking changes to %s's /api/v1 against openapi/released/ that openapi/BREAKING.md does "
                + "not list (list them with a reason, or keep the contract)", service).isEmpty();
    }

    private static String incompatibleParts(ChangedOperation changed) {
        List<String> parts = new ArrayList<>();
        if (changed.getOperationId() != null && changed.getOperationId().isIncompatible()) {
            parts.add("operationId " + changed.getOldOperation().getOperationId() + " -> "
                    + changed.getNewOperation().getOperationId());
        }
        if (changed.getParameters() != null && changed.getParameters().isIncompatible()) {
            parts.add("parameters");
        }
        if (changed.getRequestBody() != null && changed.getRequestBody().isIncompatible()) {
            parts.add("request body");
        }
        if (changed.getApiResponses() != null && changed.getApiResponses().isIncompatible()) {
            parts.add("responses");
        }
        if (changed.getSecurityRequirements() != null && changed.getSecurityRequirements().isIncompatible()) {
            parts.add("security");
        }
        return parts.isEmpty() ? "incompatible" : String.join(", ", parts);
    }

    /** The operations BREAKING.md lists for the service, each with a reason. */
    private static List<String> listed(String service) throws IOException {
        List<String> operations = new ArrayList<>();
        for (String line : Files.readAllLines(Documents.OPENAPI.resolve("BREAKING.md"))) {
            Matcher row = LISTED.matcher(line);
            if (row.matches() && row.group(1).equals(service)) {
                operations.add(row.group(2));
            }
        }
        return operations;
    }
}
