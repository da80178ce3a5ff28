package com.kpiplatform.stack;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jose4j.json.JsonUtil;

/**
 * {@code ./run-stack token --role admin --team sales}: prints a token of the running stack's
 * development issuer, for curl and Swagger UI's Authorize button.
 */
final class TokenCommand {

    static final String USAGE = """
            Usage: ./run-stack token [--role ROLE]... [--team TEAM]... [--name NAME] [--hours N]
              --role   viewer, editor or admin (or a service role such as kpis:read); repeatable, default viewer
              --team   a team the person belongs to (editors change only their teams' KPIs and objectives)
              --name   who the person is, as history and audit fields show them (default: dev-<role>)
              --hours  how long the token is valid (default 8)
            Prints only the token:  TOKEN=$(./run-stack token --role admin)""";

    private TokenCommand() {
    }

    static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help")) {
            System.out.println(USAGE);
            return;
        }
        Map<String, Object> request;
        try {
            request = request(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + USAGE);
            System.exit(2);
            return;
        }
        System.out.println(mint(request));
    }

    /**
     * A token from the running stack's development issuer for {@code request} (subject, roles, teams,
     * expiresInSeconds); exits with a message when no stack is running.
     */
    static String mint(Map<String, Object> request) throws Exception {
        String url = "http://127.0.0.1:" + StackIdentity.DEFAULT_PORT + "/dev-issuer/dev/tokens";
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JsonUtil.toJson(request))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("The development issuer answered " + answer.statusCode() + ": " + answer.body());
            }
            return String.valueOf(JsonUtil.parseJson(answer.body()).get("access_token"));
        } catch (ConnectException e) {
            System.err.println("No development issuer at " + url + ": start the stack first (./run-stack).");
            System.exit(1);
            return null;
        }
    }

    static Map<String, Object> request(String... args) {
        List<String> roles = new ArrayList<>();
        List<String> teams = new ArrayList<>();
        String name = null;
        long hours = 8;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--role" -> roles.addAll(List.of(value.split(",")));
                case "--team" -> teams.addAll(List.of(value.split(",")));
                case "--name" -> name = value;
                case "--hours" -> hours = Long.parseLong(value);
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        if (roles.isEmpty()) {
            roles.add("viewer");
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("subject", name == null ? "dev-" + roles.get(0) : name);
        request.put("roles", roles);
        request.put("teams", teams);
        request.put("expiresInSeconds", hours * 3600);
        return request;
    }
}
