package com.kpiplatform.devissuer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The issuer over HTTP, its tokens checked as a relying party checks them: against the published JWKS. */
class DevIssuerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private DevIssuer issuer;

    @BeforeEach
    void start() {
        issuer = DevIssuer.start(0, "kpi-platform",
                List.of(new ServiceClient("alerting-service", "s3cret", List.of("kpis:read", "measurements:read"))));
    }

    @AfterEach
    void stop() {
        issuer.close();
    }

    private JwtClaims verified(String token) throws InvalidJwtException {
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setExpectedIssuer(issuer.issuer())
                .setExpectedAudience("kpi-platform")
                .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(new HttpsJwks(issuer.issuer() + "/jwks")))
                .build();
        return consumer.processToClaims(token);
    }

    private HttpResponse<String> post(String path, String contentType, String body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(issuer.issuer() + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void discoveryPointsAtTheJwksAndTheTokenEndpoint() throws Exception {
        String body = HTTP.send(HttpRequest.newBuilder(URI.create(issuer.issuer() + "/.well-known/openid-configuration"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Map<String, Object> discovery = JsonUtil.parseJson(body);
        assertThat(discovery).containsEntry("issuer", issuer.issuer())
                .containsEntry("jwks_uri", issuer.issuer() + "/jwks")
                .containsEntry("token_endpoint", issuer.issuer() + "/token");
    }

    @Test
    void aMintedTokenCarriesItsPersonRolesTeamsAndTheDevelopmentMarker() throws Exception {
        HttpResponse<String> answer = post("/dev/tokens", "application/json",
                "{\"subject\":\"u-17\",\"name\":\"Ana Lima\",\"roles\":[\"editor\"],\"teams\":[\"sales\"]}", null);

        assertThat(answer.statusCode()).isEqualTo(200);
        JwtClaims claims = verified((String) JsonUtil.parseJson(answer.body()).get("access_token"));
        assertThat(claims.getSubject()).isEqualTo("u-17");
        assertThat(claims.getStringClaimValue("name")).isEqualTo("Ana Lima");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("editor");
        assertThat(claims.getStringListClaimValue("teams")).containsExactly("sales");
        assertThat(claims.getClaimValue(DevIssuer.MARKER_CLAIM)).isEqualTo(true);
    }

    @Test
    void aServiceTakesATokenWithItsSecretAndOnlyWithIt() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString("alerting-service:s3cret".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> granted = post("/token", "application/x-www-form-urlencoded",
                "grant_type=client_credentials", basic);
        HttpResponse<String> refused = post("/token", "application/x-www-form-urlencoded",
                "grant_type=client_credentials&client_id=alerting-service&client_secret=guess", null);

        assertThat(granted.statusCode()).isEqualTo(200);
        JwtClaims claims = verified((String) JsonUtil.parseJson(granted.body()).get("access_token"));
        assertThat(claims.getSubject()).isEqualTo("service-account-alerting-service");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("kpis:read", "measurements:read");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("invalid_client");
    }

    @Test
    void afterARotationNewTokensAreSignedWithTheNewKeyAndOldOnesStillVerify() throws Exception {
        String before = issuer.mint(TokenRequest.person("ana", List.of("viewer"), List.of()));
        String newKey = issuer.rotate();
        String after = issuer.mint(TokenRequest.person("ana", List.of("viewer"), List.of()));

        assertThat(new String(Base64.getUrlDecoder().decode(after.split("\\.")[0]), StandardCharsets.UTF_8))
                .contains("\"kid\":\"" + newKey + "\"");
        assertThat(verified(before).getSubject()).isEqualTo("ana");
        assertThat(verified(after).getSubject()).isEqualTo("ana");
    }
}
