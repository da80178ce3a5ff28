package com.kpiplatform.definition.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import com.kpiplatform.testsupport.security.DevTokens;
import com.kpiplatform.testsupport.security.ForgedTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Real signed tokens, checked against the issuer's JWKS served in the test: everything an
 * attacker or a misconfigured client could send is 401, and a rotated key is accepted once the
 * JWKS lists it.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class TokenValidationTest {

    private static final String KPIS = "/api/v1/kpis";

    @Test
    void aGenuineTokenIsAccepted() {
        withToken(DevTokens.viewer()).statusCode(200);
    }

    @Test
    void anExpiredTokenIsRefused() {
        refused(DevTokens.mint(Map.of("subject", "late", "roles", List.of("viewer"), "expiresInSeconds", -600)));
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        refused(DevTokens.mint(Map.of("subject", "stranger", "roles", List.of("viewer"),
                "issuer", "https://login.elsewhere.example/realms/other")));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        refused(DevTokens.mint(Map.of("subject", "misdirected", "roles", List.of("viewer"), "audience", "another-api")));
    }

    @Test
    void aTokenWhoseSignatureDoesNotMatchIsRefused() {
        refused(ForgedTokens.tamperedSignature(DevTokens.viewer()));
    }

    @Test
    void anUnsignedTokenIsRefused() {
        refused(ForgedTokens.unsigned(DevTokens.admin()));
    }

    @Test
    void aTokenSignedWithThePublicKeyAsAnHmacSecretIsRefused() {
        refused(ForgedTokens.hmacWithPublicKey(DevTokens.admin()));
    }

    @Test
    void somethingThatIsNoTokenAtAllIsRefused() {
        refused("not-a-token");
    }

    @Test
    void aTokenSignedWithARotatedKeyIsAcceptedOnceTheJwksListsIt() {
        String kid = DevTokens.rotateKey();
        String token = DevTokens.viewer();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> withToken(token).statusCode(200));
        withToken(DevTokens.admin()).statusCode(200);
        org.assertj.core.api.Assertions.assertThat(kid).startsWith("dev-");
    }

    @Test
    void rolesAreReadFromKeycloaksRealmAccessToo() {
        String keycloakStyle = DevTokens.mint(Map.of("subject", "kc-user", "roles", List.of(),
                "claims", Map.of("realm_access", Map.of("roles", List.of("viewer", "offline_access")))));
        withToken(keycloakStyle).statusCode(200);
        String noRole = DevTokens.mint(Map.of("subject", "kc-user", "roles", List.of(),
                "claims", Map.of("realm_access", Map.of("roles", List.of("offline_access")))));
        withToken(noRole).statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("viewer"));
    }

    private static ValidatableResponse withToken(String token) {
        return given().noFilters().header("Authorization", "Bearer " + token).get(KPIS).then();
    }

    private static void refused(String token) {
        withToken(token).statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401));
    }
}
