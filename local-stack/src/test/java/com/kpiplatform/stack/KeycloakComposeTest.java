package com.kpiplatform.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kpiplatform.devissuer.PlatformClients;
import com.kpiplatform.devissuer.ServiceClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml's Keycloak and its realm, checked without a Docker engine: the realm has the
 * platform's roles, a demo user per role, teams in tokens, the platform's audience on every
 * client, and a service client per service with exactly the roles the development issuer gives
 * it; the compose file imports that realm and gives each service the issuer, its client's secret
 * and (the alerting-service) a valid encryption key.
 */
class KeycloakComposeTest {

    private static final Path ROOT = ComposeFile.ROOT;
    private static final JsonNode REALM = read(new ObjectMapper(), "deploy/keycloak/kpi-platform-realm.json");
    private static final JsonNode COMPOSE = ComposeFile.read();
    private static final List<String> SERVICES = ComposeFile.SERVICES;

    @Test
    void theRealmHasThePlatformsRolesWithEditorIncludingViewerAndAdminIncludingEditor() {
        assertThat(names(REALM.path("roles").path("realm"))).contains("viewer", "editor", "admin", "kpis:read",
                "measurements:read", "measurements:write");
        assertThat(role("editor").path("composites").path("realm").toString()).contains("viewer");
        assertThat(role("admin").path("composites").path("realm").toString()).contains("editor");
    }

    @Test
    void thereIsADemoUserPerRoleWithAPasswordAndTeams() {
        for (String role : List.of("viewer", "editor", "admin")) {
            JsonNode user = user(role + "-demo");
            assertThat(texts(user.path("realmRoles"))).containsExactly(role);
            assertThat(user.path("credentials").get(0).path("value").asText()).isNotBlank();
            assertThat(user.path("attributes").has("teams")).isTrue();
        }
        assertThat(texts(user("editor-demo").path("attributes").path("teams"))).contains("sales");
        assertThat(REALM.path("components").toString()).contains("teams");
    }

    @Test
    void everyClientPutsThePlatformsAudienceInItsTokensAndPeoplesTokensCarryTeams() {
        for (JsonNode client : REALM.path("clients")) {
            assertThat(client.path("protocolMappers").toString()).as(client.path("clientId").asText())
                    .contains("oidc-audience-mapper").contains("\"" + PlatformClients.AUDIENCE + "\"");
        }
        assertThat(client("kpi-dashboard").path("publicClient").asBoolean()).isTrue();
        assertThat(client("kpi-dashboard").path("protocolMappers").toString()).contains("\"claim.name\":\"teams\"");
    }

    @Test
    void eachServiceHasAConfidentialClientWithExactlyTheRolesItsCallsNeed() {
        for (ServiceClient expected : PlatformClients.withSecrets(id -> "")) {
            JsonNode client = client(expected.id());
            assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
            assertThat(client.path("publicClient").asBoolean()).isFalse();
            assertThat(texts(user("service-account-" + expected.id()).path("realmRoles")))
                    .containsExactlyInAnyOrderElementsOf(expected.roles());
        }
    }

    @Test
    void composeImportsTheRealmAndWiresEveryServiceToIt() {
        JsonNode keycloak = COMPOSE.path("services").path("keycloak");
        assertThat(texts(keycloak.path("command"))).contains("--import-realm");
        String mount = keycloak.path("volumes").get(0).asText();
        assertThat(ROOT.resolve(mount.substring(0, mount.indexOf(':')))).exists();
        assertThat(mount).contains("/opt/keycloak/data/import/");
        String issuer = keycloak.path("environment").path("KC_HOSTNAME").asText() + "/realms/" + REALM.path("realm").asText();

        for (String service : SERVICES) {
            JsonNode environment = COMPOSE.path("services").path(service).path("environment");
            assertThat(environment.path("OIDC_ISSUER").asText()).as(service).endsWith("/realms/" + REALM.path("realm").asText());
            assertThat(environment.path("QUARKUS_OIDC_TOKEN_ISSUER").asText()).as(service).isEqualTo(issuer);
            assertThat(environment.path("OIDC_ROLES_CLAIM").asText()).isEqualTo("realm_access.roles");
            assertThat(environment.path("OIDC_CLIENT_SECRET").asText()).as(service)
                    .isEqualTo(client(service).path("secret").asText());
            assertThat(COMPOSE.path("services").path(service).path("depends_on").has("keycloak")).as(service).isTrue();
        }
        String keys = COMPOSE.path("services").path("alerting-service").path("environment").path("ALERTING_SECRET_KEYS")
                .asText().replaceAll("^\\$\\{ALERTING_SECRET_KEYS:-(.*)}$", "$1");
        assertThat(Base64.getDecoder().decode(keys.substring(keys.indexOf(':') + 1))).hasSize(32);
    }

    private static JsonNode role(String name) {
        return find(REALM.path("roles").path("realm"), "name", name);
    }

    private static JsonNode user(String username) {
        return find(REALM.path("users"), "username", username);
    }

    private static JsonNode client(String clientId) {
        return find(REALM.path("clients"), "clientId", clientId);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false).filter(node -> node.path(field).asText().equals(value))
                .findFirst().orElseThrow(() -> new AssertionError("no " + field + " " + value + " in the realm"));
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(node.path("name").asText()));
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static JsonNode read(ObjectMapper mapper, String file) {
        try {
            return mapper.readTree(Files.readString(ROOT.resolve(file)));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }
}
