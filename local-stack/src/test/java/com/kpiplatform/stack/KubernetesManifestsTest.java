package com.kpiplatform.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * deploy/kubernetes checked against the services without a cluster (kubectl and kubeconform do not run
 * in the build): each Deployment gets every environment variable its service reads and none it does
 * not, secrets only as placeholders in Secrets, probes on the real health endpoints and port, a heap
 * below the memory limit, two alerting replicas, an autoscaled ingest, PDBs and NetworkPolicies that
 * select real pods and let each service reach only its neighbours and its own database, and overlays
 * that patch only what the base has.
 */
class KubernetesManifestsTest {

    private static final KubernetesManifests BASE = KubernetesManifests.base();
    private static final List<String> SERVICES = ComposeFile.SERVICES;
    /** What a deployment must set although the configuration has a development default for it (DESIGN.md, Running it). */
    private static final List<String> MUST_SET = List.of("QUARKUS_HTTP_PORT", "QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD");
    /** Read by the image's run-java.sh, not by the service: the Dockerfile sets it. */
    private static final String IMAGE_OPTIONS = "JAVA_OPTS_APPEND";
    /** Variables the JVM's process reads rather than the service: the image's options and glibc's. */
    private static final Set<String> PROCESS_VARIABLES = Set.of(IMAGE_OPTIONS, "MALLOC_ARENA_MAX");
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|_KEYS)$");
    private static final long MI = 1024 * 1024;

    @Test
    void everyVariableAServiceReadsIsProvidedToItsDeployment() {
        for (String service : SERVICES) {
            Set<String> missing = new TreeSet<>(ServiceConfiguration.of(service).placeholders().keySet());
            missing.addAll(MUST_SET);
            missing.removeAll(BASE.environment(service).keySet());
            assertThat(missing).as("variables %s reads that its Deployment does not provide", service).isEmpty();
        }
    }

    @Test
    void everyVariableProvidedIsOneTheServiceReads() {
        for (String service : SERVICES) {
            ServiceConfiguration configuration = ServiceConfiguration.of(service);
            List<String> unread = BASE.environment(service).keySet().stream()
                    .filter(variable -> !PROCESS_VARIABLES.contains(variable) && !configuration.reads(variable)).toList();
            assertThat(unread).as("variables given to %s that it does not read", service).isEmpty();
        }
        assertThat(dockerfileEnvironment(IMAGE_OPTIONS)).as("the image reads " + IMAGE_OPTIONS).isNotNull();
    }

    @Test
    void passwordsAndClientSecretsComeFromSecretsThatHoldOnlyPlaceholders() {
        for (JsonNode secret : BASE.all("Secret")) {
            assertThat(secret.has("data")).as("Secret %s: use stringData placeholders", name(secret)).isFalse();
            KubernetesManifests.data(secret).forEach((key, value) ->
                    assertThat(value).as("Secret %s key %s", name(secret), key).contains("change-me"));
        }
        for (String service : SERVICES) {
            BASE.environment(service).values().stream().filter(variable -> SECRET_NAME.matcher(variable.name()).matches())
                    .forEach(variable -> assertThat(variable.source()).as("%s of %s", variable.name(), service).startsWith("Secret "));
        }
        assertThat(BASE.environment("alerting-service")).containsKeys("ALERTING_SECRET_KEYS", "OIDC_CLIENT_SECRET",
                "QUARKUS_MAILER_PASSWORD");
    }

    @Test
    void probesAskTheHealthEndpointsOnThePortTheServiceListensOn() {
        for (String service : SERVICES) {
            JsonNode container = BASE.container(service);
            String port = BASE.environment(service).get("QUARKUS_HTTP_PORT").value();
            assertThat(port).as(service).isEqualTo(ServiceConfiguration.of(service).property("quarkus.http.port"));
            assertThat(probe(container, "livenessProbe").path("path").asText()).as(service).isEqualTo("/q/health/live");
            assertThat(probe(container, "readinessProbe").path("path").asText()).as(service).isEqualTo("/q/health/ready");
            for (String kind : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                if (container.has(kind)) {
                    JsonNode probe = probe(container, kind);
                    assertThat(probe.path("path").asText()).as(service + " " + kind).isIn("/q/health/live", "/q/health/ready");
                    assertThat(containerPort(container, probe.path("port"))).as(service + " " + kind).isEqualTo(port);
                }
            }
            JsonNode servicePort = BASE.get("Service", service).path("spec").path("ports").get(0);
            assertThat(servicePort.path("port").asText()).as(service).isEqualTo(port);
            assertThat(containerPort(container, servicePort.path("targetPort"))).as(service).isEqualTo(port);
            assertThat(BASE.get("Service", service).path("spec").path("type").asText("ClusterIP")).isEqualTo("ClusterIP");
            assertThat(selects(BASE.get("Service", service).path("spec").path("selector"), service)).as(service).isTrue();
            assertThat(BASE.get("Deployment", service).path("spec").path("template").path("metadata").path("annotations")
                    .path("prometheus.io/port").asText()).as(service).isEqualTo(port);
        }
    }

    @Test
    void theHeapStaysBelowTheMemoryLimitWithRoomForTheRestOfTheJvm() {
        String imageOptions = dockerfileEnvironment(IMAGE_OPTIONS);
        for (String service : SERVICES) {
            JsonNode resources = BASE.container(service).path("resources");
            long limit = bytes(resources.path("limits").path("memory").asText());
            long request = bytes(resources.path("requests").path("memory").asText());
            String options = BASE.environment(service).get(IMAGE_OPTIONS).value();
            assertThat(options).as("%s keeps the Dockerfile's %s", service, IMAGE_OPTIONS).startsWith(imageOptions);
            Matcher xmx = Pattern.compile("-Xmx(\\d+[kKmMgG])").matcher(options);
            assertThat(xmx.find()).as("%s sets -Xmx", service).isTrue();
            long heap = bytes(xmx.group(1));
            // The measured non-heap footprint: measurement-service's peak RSS of 455 MB with a 256 MiB heap.
            assertThat(limit - heap).as("%s: memory limit minus heap", service).isGreaterThanOrEqualTo(192 * MI);
            assertThat(heap).as("%s: heap", service).isLessThanOrEqualTo(limit * 6 / 10);
            assertThat(request).as("%s: memory request", service).isPositive().isLessThanOrEqualTo(limit);
            assertThat(resources.path("requests").path("cpu").isMissingNode()).as("%s: cpu request", service).isFalse();
            assertThat(resources.path("limits").path("cpu").isMissingNode()).as("%s: cpu limit", service).isFalse();
        }
    }

    @Test
    void alertingRunsTwoReplicasAndIngestScalesWithAnAutoscaler() {
        assertThat(BASE.get("Deployment", "alerting-service").path("spec").path("replicas").asInt()).isEqualTo(2);
        List<JsonNode> autoscalers = BASE.all("HorizontalPodAutoscaler");
        assertThat(autoscalers).hasSize(1);
        JsonNode spec = autoscalers.get(0).path("spec");
        assertThat(spec.path("scaleTargetRef").path("kind").asText()).isEqualTo("Deployment");
        assertThat(spec.path("scaleTargetRef").path("name").asText()).isEqualTo("measurement-service");
        BASE.get("Deployment", spec.path("scaleTargetRef").path("name").asText());
        assertThat(spec.path("minReplicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(spec.path("maxReplicas").asInt()).isGreaterThan(spec.path("minReplicas").asInt());
        assertThat(BASE.get("Deployment", "measurement-service").path("spec").has("replicas"))
                .as("the autoscaler owns measurement-service's replicas").isFalse();
    }

    @Test
    void everyDisruptionBudgetAndNetworkPolicySelectsPodsThatExist() {
        assertThat(BASE.all("PodDisruptionBudget")).hasSize(SERVICES.size());
        for (JsonNode budget : BASE.all("PodDisruptionBudget")) {
            List<String> selected = selected(budget.path("spec").path("selector"));
            assertThat(selected).as("PodDisruptionBudget %s", name(budget)).hasSize(1);
            JsonNode deployment = BASE.get("Deployment", selected.get(0));
            int replicas = deployment.path("spec").has("replicas") ? deployment.path("spec").path("replicas").asInt()
                    : autoscaler(selected.get(0)).path("spec").path("minReplicas").asInt();
            assertThat(budget.path("spec").path("minAvailable").asInt()).as("PodDisruptionBudget %s lets a node drain", name(budget))
                    .isLessThan(replicas);
        }
        for (JsonNode policy : BASE.all("NetworkPolicy")) {
            assertThat(selected(policy.path("spec").path("podSelector"))).as("NetworkPolicy %s", name(policy)).isNotEmpty();
            Stream.concat(peers(policy, "ingress", "from"), peers(policy, "egress", "to"))
                    .filter(peer -> peer.has("podSelector") && !peer.has("namespaceSelector"))
                    .forEach(peer -> assertThat(selected(peer.path("podSelector"))).as("a peer of NetworkPolicy %s", name(policy))
                            .isNotEmpty());
        }
    }

    @Test
    void servicesReachExactlyTheNeighboursTheyCall() {
        Set<String> expected = new TreeSet<>();
        for (String caller : SERVICES) {
            for (String callee : SERVICES) {
                String variable = callee.toUpperCase(Locale.ROOT).replace('-', '_') + "_URL";
                if (!caller.equals(callee) && ServiceConfiguration.of(caller).placeholders().containsKey(variable)) {
                    expected.add(caller + " -> " + callee);
                    String port = BASE.get("Service", callee).path("spec").path("ports").get(0).path("port").asText();
                    assertThat(BASE.environment(caller).get(variable).value()).as("%s of %s", variable, caller)
                            .isEqualTo("http://" + callee + ":" + port);
                }
            }
        }
        Set<String> allowed = new TreeSet<>();
        for (String caller : SERVICES) {
            for (String callee : SERVICES) {
                int port = Integer.parseInt(BASE.environment(callee).get("QUARKUS_HTTP_PORT").value());
                if (!caller.equals(callee) && allows("Egress", caller, callee, port) && allows("Ingress", callee, caller, port)) {
                    allowed.add(caller + " -> " + callee);
                }
            }
        }
        assertThat(allowed).as("calls the NetworkPolicies allow").isEqualTo(expected);
        assertThat(expected).contains("alerting-service -> kpi-definition-service", "alerting-service -> measurement-service",
                "measurement-service -> kpi-definition-service");
    }

    @Test
    void eachServiceReachesOnlyItsOwnDatabase() {
        assertThat(isolatedByDefault("Ingress") && isolatedByDefault("Egress")).as("a default-deny policy for every pod").isTrue();
        Set<String> cidrs = new TreeSet<>();
        for (String service : SERVICES) {
            String url = BASE.environment(service).get("QUARKUS_DATASOURCE_JDBC_URL").value();
            Matcher jdbc = Pattern.compile("jdbc:postgresql://[^:/]+:(\\d+)/(\\w+).*").matcher(url);
            assertThat(jdbc.matches()).as("%s's JDBC URL names host, port and database: %s", service, url).isTrue();
            assertThat(jdbc.group(2)).as(service).isEqualTo(BASE.environment(service).get("QUARKUS_DATASOURCE_USERNAME").value());
            List<String> databases = ipBlocksReached(service, Integer.parseInt(jdbc.group(1)));
            assertThat(databases).as("where %s may connect on PostgreSQL's port", service).hasSize(1);
            assertThat(cidrs.add(databases.get(0))).as("%s's database %s is another service's too", service, databases.get(0)).isTrue();
        }
    }

    @Test
    void overlaysPatchOnlyWhatTheBaseHas() throws IOException {
        List<Path> overlays;
        try (Stream<Path> directories = Files.list(KubernetesManifests.KUBERNETES.resolve("overlays"))) {
            overlays = directories.filter(Files::isDirectory).toList();
        }
        assertThat(overlays).isNotEmpty();
        for (Path overlay : overlays) {
            JsonNode kustomization = KubernetesManifests.kustomization(overlay);
            kustomization.path("resources").forEach(resource -> assertThat(overlay.resolve(resource.asText())).exists());
            assertThat(KubernetesManifests.of(overlay).all("Deployment")).as(overlay.toString()).hasSize(SERVICES.size());
            for (JsonNode patch : kustomization.path("patches")) {
                if (patch.has("path")) {
                    for (JsonNode object : KubernetesManifests.documents(overlay.resolve(patch.path("path").asText()))) {
                        JsonNode base = BASE.get(object.path("kind").asText(), name(object));
                        if (object.path("kind").asText().equals("ConfigMap")) {
                            assertThat(KubernetesManifests.data(base)).as("%s patches ConfigMap %s", overlay, name(object))
                                    .containsKeys(KubernetesManifests.data(object).keySet().toArray(String[]::new));
                        }
                    }
                } else {
                    JsonNode base = BASE.get(patch.path("target").path("kind").asText(), patch.path("target").path("name").asText());
                    for (JsonNode operation : KubernetesManifests.parse(patch.path("patch").asText())) {
                        assertThat(base.at(operation.path("path").asText()).isMissingNode())
                                .as("%s: %s %s", overlay, name(base), operation.path("path").asText()).isFalse();
                    }
                }
            }
            kustomization.path("images").forEach(image -> assertThat(SERVICES.stream()
                    .anyMatch(service -> BASE.container(service).path("image").asText().startsWith(image.path("name").asText() + ":")))
                    .as("image %s", image.path("name").asText()).isTrue());
        }
    }

    // --- NetworkPolicy semantics: a pod selected by no policy of a type is open in that direction ---

    private static boolean allows(String type, String pod, String peer, int port) {
        List<JsonNode> policies = policiesFor(type, pod);
        if (policies.isEmpty()) {
            return true;
        }
        String direction = type.equals("Ingress") ? "ingress" : "egress";
        String peers = type.equals("Ingress") ? "from" : "to";
        for (JsonNode policy : policies) {
            for (JsonNode rule : policy.path("spec").path(direction)) {
                if (coversPort(rule, port) && (!rule.has(peers) || rule.path(peers).isEmpty()
                        || stream(rule.path(peers)).anyMatch(candidate -> candidate.has("podSelector") && !candidate.has("namespaceSelector")
                                && selects(candidate.path("podSelector"), peer)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> ipBlocksReached(String service, int port) {
        List<String> cidrs = new ArrayList<>();
        for (JsonNode policy : policiesFor("Egress", service)) {
            for (JsonNode rule : policy.path("spec").path("egress")) {
                if (coversPort(rule, port)) {
                    if (!rule.has("to") || rule.path("to").isEmpty()) {
                        cidrs.add("anywhere (rule without 'to' in " + name(policy) + ")");
                    }
                    rule.path("to").forEach(peer -> cidrs.add(peer.has("ipBlock") ? peer.path("ipBlock").path("cidr").asText()
                            : "pods " + peer + " (" + name(policy) + ")"));
                }
            }
        }
        return cidrs;
    }

    private static boolean isolatedByDefault(String type) {
        return SERVICES.stream().allMatch(service -> !policiesFor(type, service).isEmpty());
    }

    private static List<JsonNode> policiesFor(String type, String service) {
        return BASE.all("NetworkPolicy").stream()
                .filter(policy -> stream(policy.path("spec").path("policyTypes")).anyMatch(t -> t.asText().equals(type)))
                .filter(policy -> selects(policy.path("spec").path("podSelector"), service)).toList();
    }

    private static boolean coversPort(JsonNode rule, int port) {
        return !rule.has("ports") || stream(rule.path("ports")).anyMatch(p -> p.path("port").asInt() == port);
    }

    // --- selectors ---

    /** The services whose pods a label selector selects. */
    private static List<String> selected(JsonNode selector) {
        return SERVICES.stream().filter(service -> selects(selector, service)).toList();
    }

    private static boolean selects(JsonNode selector, String service) {
        Map<String, String> labels = BASE.podLabels(BASE.get("Deployment", service));
        JsonNode matchLabels = selector.has("matchLabels") || selector.has("matchExpressions") ? selector.path("matchLabels") : selector;
        boolean labelsMatch = KubernetesManifests.strings(matchLabels).entrySet().stream()
                .allMatch(entry -> entry.getValue().equals(labels.get(entry.getKey())));
        boolean expressionsMatch = stream(selector.path("matchExpressions")).allMatch(expression -> {
            String value = labels.get(expression.path("key").asText());
            List<String> values = stream(expression.path("values")).map(JsonNode::asText).toList();
            return switch (expression.path("operator").asText()) {
                case "In" -> values.contains(value);
                case "NotIn" -> !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new AssertionError("unknown operator in " + expression);
            };
        });
        return labelsMatch && expressionsMatch;
    }

    // --- helpers ---

    private static JsonNode autoscaler(String deployment) {
        return BASE.all("HorizontalPodAutoscaler").stream()
                .filter(hpa -> hpa.path("spec").path("scaleTargetRef").path("name").asText().equals(deployment)).findFirst()
                .orElseThrow(() -> new AssertionError(deployment + " has neither replicas nor an autoscaler"));
    }

    private static JsonNode probe(JsonNode container, String kind) {
        JsonNode get = container.path(kind).path("httpGet");
        assertThat(get.isMissingNode()).as(container.path("name").asText() + " has an HTTP " + kind).isFalse();
        return get;
    }

    /** A probe's or Service's port, by number or by the name of one of the container's ports. */
    private static String containerPort(JsonNode container, JsonNode port) {
        if (port.isInt() || port.asText().matches("\\d+")) {
            assertThat(stream(container.path("ports")).anyMatch(p -> p.path("containerPort").asText().equals(port.asText())))
                    .as("container %s exposes %s", container.path("name").asText(), port.asText()).isTrue();
            return port.asText();
        }
        return stream(container.path("ports")).filter(p -> p.path("name").asText().equals(port.asText())).findFirst()
                .map(p -> p.path("containerPort").asText())
                .orElseThrow(() -> new AssertionError("container " + container.path("name").asText() + " has no port named " + port.asText()));
    }

    private static Stream<JsonNode> peers(JsonNode policy, String direction, String field) {
        return stream(policy.path("spec").path(direction)).flatMap(rule -> stream(rule.path(field)));
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items.stream();
    }

    private static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    /** 640Mi, 1Gi, 256m (-Xmx), in bytes. */
    private static long bytes(String quantity) {
        Matcher matcher = Pattern.compile("(\\d+)(Ki|Mi|Gi|k|K|m|M|g|G)").matcher(quantity);
        if (!matcher.matches()) {
            throw new AssertionError("not a memory size: " + quantity);
        }
        long unit = switch (matcher.group(2)) {
            case "Ki", "k", "K" -> 1024;
            case "Mi", "m", "M" -> MI;
            default -> 1024 * MI;
        };
        return Long.parseLong(matcher.group(1)) * unit;
    }

    /** The value deploy/docker/Dockerfile.jvm gives an environment variable with ENV, or null. */
    private static String dockerfileEnvironment(String variable) {
        try {
            Matcher matcher = Pattern.compile("(?m)^ENV " + variable + "=\"([^\"]*)\"").matcher(
                    Files.readString(ComposeFile.ROOT.resolve("deploy/docker/Dockerfile.jvm")));
            return matcher.find() ? matcher.group(1) : null;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
