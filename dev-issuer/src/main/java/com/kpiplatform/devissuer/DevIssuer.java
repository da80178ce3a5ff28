package com.kpiplatform.devissuer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * A development OpenID Connect issuer, for the local stack and the tests: what the services need
 * from a real one (discovery, the JWKS, the client-credentials grant), plus {@code POST /dev/tokens}
 * to mint a token for any person, role and team, and {@code POST /dev/rotate} to rotate the signing
 * key. Every token carries {@link #MARKER_CLAIM}, which the services refuse in their prod profile.
 */
public final class DevIssuer implements AutoCloseable {

    /** The claim that marks a development token; the services' prod profile refuses tokens that carry it. */
    public static final String MARKER_CLAIM = "kpi_platform_dev_token";
    /** Roles go in the {@code groups} claim, as many issuers put them. */
    public static final String ROLES_CLAIM = "groups";
    public static final String TEAMS_CLAIM = "teams";
    private static final String BASE_PATH = "/dev-issuer";
    private static final long CLIENT_TOKEN_LIFETIME_SECONDS = 900;

    private final HttpServer server;
    private final String issuer;
    private final String audience;
    private final Map<String, ServiceClient> clients;
    private final SigningKeys keys = new SigningKeys();

    private DevIssuer(HttpServer server, String audience, List<ServiceClient> clients) {
        this.server = server;
        this.issuer = "http://127.0.0.1:" + server.getAddress().getPort() + BASE_PATH;
        this.audience = audience;
        this.clients = clients.stream().collect(Collectors.toMap(ServiceClient::id, Function.identity()));
    }

    /** Starts on 127.0.0.1 at {@code port} (0: any free port), for tokens meant for {@code audience}. */
    public static DevIssuer start(int port, String audience, List<ServiceClient> clients) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            DevIssuer issuer = new DevIssuer(server, audience, clients);
            server.createContext(BASE_PATH, issuer::handle);
            server.setExecutor(Executors.newFixedThreadPool(4, runnable -> {
                Thread thread = new Thread(runnable, "dev-issuer");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            return issuer;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the development issuer on port " + port, e);
        }
    }

    /** The issuer identifier, also the base of its discovery document. */
    public String issuer() {
        return issuer;
    }

    public String mint(TokenRequest request) {
        JwtClaims claims = claims(request.subject(), request.audience() == null ? audience : request.audience(),
                request.expiresInSeconds());
        if (request.issuer() != null) {
            claims.setIssuer(request.issuer());
        }
        claims.setClaim("name", request.name());
        claims.setClaim("preferred_username", request.name());
        claims.setStringListClaim(ROLES_CLAIM, request.roles());
        claims.setStringListClaim(TEAMS_CLAIM, request.teams());
        request.claims().forEach(claims::setClaim);
        return keys.sign(claims);
    }

    /** A new signing key, published at once; returns its key id. */
    public String rotate() {
        return keys.rotate();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private JwtClaims claims(String subject, String audience, long lifetimeSeconds) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(subject);
        claims.setAudience(audience);
        claims.setIssuedAtToNow();
        claims.setNotBeforeMinutesInThePast(1);
        NumericDate expiry = NumericDate.now();
        expiry.addSeconds(lifetimeSeconds);
        claims.setExpirationTime(expiry);
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setClaim(MARKER_CLAIM, true);
        return claims;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(BASE_PATH.length());
            boolean post = exchange.getRequestMethod().equals("POST");
            switch (path) {
                case "/.well-known/openid-configuration" -> answer(exchange, 200, discovery());
                case "/jwks" -> answer(exchange, 200, keys.jwks());
                case "/token" -> clientCredentials(exchange);
                case "/dev/tokens" -> answer(exchange, post ? 200 : 405, post ? accessToken(mint(TokenRequest
                        .fromJson(JsonUtil.parseJson(body(exchange)))), TokenRequest.DEFAULT_LIFETIME_SECONDS)
                        : error("method_not_allowed"));
                case "/dev/rotate" -> answer(exchange, post ? 200 : 405, post
                        ? JsonUtil.toJson(Map.of("kid", rotate())) : error("method_not_allowed"));
                default -> answer(exchange, 404, error("not_found"));
            }
        } catch (JoseException | RuntimeException e) {
            answer(exchange, 400, error("invalid_request"));
        }
    }

    private String discovery() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer);
        document.put("jwks_uri", issuer + "/jwks");
        document.put("token_endpoint", issuer + "/token");
        document.put("grant_types_supported", List.of("client_credentials"));
        document.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("response_types_supported", List.of("token"));
        document.put("subject_types_supported", List.of("public"));
        return JsonUtil.toJson(document);
    }

    /** The client-credentials grant; the client authenticates with HTTP Basic or form fields. */
    private void clientCredentials(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(body(exchange));
        if (!"client_credentials".equals(form.get("grant_type"))) {
            answer(exchange, 400, error("unsupported_grant_type"));
            return;
        }
        Map<String, String> credentials = basicCredentials(exchange).orElse(form);
        ServiceClient client = clients.get(credentials.get("client_id"));
        if (client == null || !client.secret().equals(credentials.get("client_secret"))) {
            answer(exchange, 401, error("invalid_client"));
            return;
        }
        JwtClaims claims = claims("service-account-" + client.id(), audience, CLIENT_TOKEN_LIFETIME_SECONDS);
        claims.setClaim("azp", client.id());
        claims.setClaim("preferred_username", client.id());
        claims.setStringListClaim(ROLES_CLAIM, client.roles());
        answer(exchange, 200, accessToken(keys.sign(claims), CLIENT_TOKEN_LIFETIME_SECONDS));
    }

    private static Optional<Map<String, String>> basicCredentials(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.startsWith("Basic ")) {
            return Optional.empty();
        }
        String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return Optional.of(Map.of("client_id", decode(decoded.substring(0, colon)),
                "client_secret", decode(decoded.substring(colon + 1))));
    }

    private static String accessToken(String token, long lifetimeSeconds) {
        return JsonUtil.toJson(Map.of("access_token", token, "token_type", "Bearer", "expires_in", lifetimeSeconds));
    }

    private static String error(String code) {
        return JsonUtil.toJson(Map.of("error", code));
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
            }
        }
        return fields;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String body(HttpExchange exchange) throws IOException {
        return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
