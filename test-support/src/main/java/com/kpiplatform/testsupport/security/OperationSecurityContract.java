package com.kpiplatform.testsupport.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.kpiplatform.testsupport.OpenApiDocuments;
import com.kpiplatform.testsupport.contract.ApiDocument;
import com.kpiplatform.testsupport.contract.ApiDocument.Operation;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the service's own committed OpenAPI document has a security decision, and
 * the service keeps it: without credentials the answer is 401 problem details with a
 * {@code WWW-Authenticate} challenge; with a role below the least one the operation lists, 403
 * problem details; with that role, or with any service role it lists, neither 401 nor 403. An
 * operation added without a security requirement fails here.
 *
 * <p>Requests name things that do not exist and carry empty bodies, so a caller who gets in is
 * answered 400 or 404 and nothing changes.
 */
public abstract class OperationSecurityContract {

    private static final List<String> PEOPLE = List.of("viewer", "editor", "admin");
    private static final String PROBE = "security-probe";
    private static final List<String> API_KEY_SCOPES = List.of("measurements:read", "measurements:write");

    private final Map<Set<String>, String> tokens = new HashMap<>();

    /** The service's name, as in {@code openapi/<name>.yaml}. */
    protected abstract String serviceName();

    /**
     * An API key with just this scope, for a service whose operations accept keys; the default
     * (none) makes any operation that lists the API key scheme fail the contract.
     */
    protected String apiKeyWith(String scope) {
        return null;
    }

    @Test
    void everyOperationKeepsItsSecurityDecision() {
        List<Operation> operations = ApiDocument.read(OpenApiDocuments.committed(serviceName())).operations();
        List<String> failures = new ArrayList<>();
        for (Operation operation : operations) {
            List<String> bearerRoles = bearerRoles(operation);
            if (bearerRoles == null) {
                failures.add(operation + ": no security requirement in the document");
                continue;
            }
            expect(operation, anonymous(operation), 401, failures);
            String least = PEOPLE.stream().filter(bearerRoles::contains).findFirst().orElse(null);
            Set<String> allowed = new LinkedHashSet<>(bearerRoles);
            if (least != null) {
                allowed.removeAll(PEOPLE);
                allowed.add(least);
                expect(operation, send(operation, roleBelow(least)), 403, failures);
            }
            if (bearerRoles.isEmpty()) {
                allowed.add("");
            }
            for (String role : allowed) {
                int status = send(operation, role.isEmpty() ? Set.of() : Set.of(role)).statusCode();
                if (status == 401 || status == 403) {
                    failures.add(operation + " with the role '" + role + "' it lists: " + status);
                }
            }
            checkApiKeys(operation, failures);
        }
        assertThat(failures).as("operations of %s that do not keep their security decision", serviceName()).isEmpty();
        assertThat(operations).as("operations in openapi/%s.yaml", serviceName()).isNotEmpty();
    }

    /** A key with a scope the operation lists gets in; a key with only other scopes gets 403. */
    private void checkApiKeys(Operation operation, List<String> failures) {
        List<String> scopes = schemeScopes(operation, "apiKey");
        if (scopes == null) {
            return;
        }
        for (String scope : API_KEY_SCOPES) {
            String key = apiKeyWith(scope);
            if (key == null) {
                failures.add(operation + ": accepts API keys, but the test has none with the scope " + scope);
                continue;
            }
            Response answer = request(operation, given().noFilters().header("X-API-Key", key));
            if (scopes.contains(scope) && (answer.statusCode() == 401 || answer.statusCode() == 403)) {
                failures.add(operation + " with an API key of the scope '" + scope + "' it lists: " + answer.statusCode());
            } else if (!scopes.contains(scope)) {
                expect(operation, answer, 403, failures);
            }
        }
    }

    /** The roles the bearer scheme lists (empty: any signed-in caller), or null when the operation has no requirement. */
    private static List<String> bearerRoles(Operation operation) {
        return schemeScopes(operation, "bearer");
    }

    private static List<String> schemeScopes(Operation operation, String scheme) {
        for (JsonNode requirement : operation.security()) {
            if (requirement.has(scheme)) {
                List<String> scopes = new ArrayList<>();
                requirement.get(scheme).forEach(scope -> scopes.add(scope.asText()));
                return scopes;
            }
        }
        return null;
    }

    private static Set<String> roleBelow(String role) {
        int rank = PEOPLE.indexOf(role);
        return rank == 0 ? Set.of() : Set.of(PEOPLE.get(rank - 1));
    }

    private static void expect(Operation operation, Response answer, int status, List<String> failures) {
        String contentType = answer.contentType();
        if (answer.statusCode() != status) {
            failures.add(operation + ": expected " + status + ", got " + answer.statusCode() + " " + answer.asString());
        } else if (contentType == null || !contentType.startsWith("application/problem+json")) {
            failures.add(operation + ": " + status + " without problem details (" + contentType + ")");
        } else if (status == 401 && answer.header("WWW-Authenticate") == null) {
            failures.add(operation + ": 401 without WWW-Authenticate");
        } else if (answer.jsonPath().getInt("status") != status) {
            failures.add(operation + ": the problem's status is not " + status);
        }
    }

    private Response anonymous(Operation operation) {
        return request(operation, given().noFilters());
    }

    private Response send(Operation operation, Set<String> roles) {
        String token = tokens.computeIfAbsent(roles, granted -> DevTokens.mint(Map.of("subject",
                "contract-" + String.join("-", granted), "roles", List.copyOf(granted), "teams", List.of())));
        return request(operation, given().noFilters().header("Authorization", "Bearer " + token));
    }

    private static Response request(Operation operation, RequestSpecification request) {
        String path = operation.path();
        for (JsonNode parameter : operation.parameters()) {
            if ("path".equals(parameter.path("in").asText())) {
                boolean numeric = parameter.path("schema").path("type").asText().equals("integer");
                path = path.replace("{" + parameter.path("name").asText() + "}", numeric ? "987654321" : PROBE);
            }
        }
        if (!operation.bodies().isEmpty()) {
            String mediaType = operation.bodies().keySet().iterator().next();
            request.contentType(mediaType).body((mediaType.contains("json") ? "{}" : "").getBytes(StandardCharsets.UTF_8));
        }
        return request.request(operation.method().toUpperCase(), path);
    }
}
