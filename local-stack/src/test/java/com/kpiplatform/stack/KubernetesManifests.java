package com.kpiplatform.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The objects of a kustomization under deploy/kubernetes as the structure tests read them, without
 * kubectl: the files it lists under {@code resources}, every YAML document of each, plus what a
 * container's environment resolves to through {@code env} and {@code envFrom}.
 */
final class KubernetesManifests {

    static final Path KUBERNETES = ComposeFile.ROOT.resolve("deploy/kubernetes");
    private static final YAMLMapper YAML = new YAMLMapper();

    /** One environment variable of a container and where its value comes from ("ConfigMap x", "Secret x", "env"). */
    record Variable(String name, String value, String source) {
    }

    private final List<JsonNode> objects;

    private KubernetesManifests(List<JsonNode> objects) {
        this.objects = objects;
    }

    static KubernetesManifests base() {
        return of(KUBERNETES.resolve("base"));
    }

    /** The objects of the kustomization in {@code directory} (resources only; patches are not applied). */
    static KubernetesManifests of(Path directory) {
        List<JsonNode> objects = new ArrayList<>();
        for (JsonNode resource : kustomization(directory).path("resources")) {
            Path path = directory.resolve(resource.asText()).normalize();
            if (Files.isDirectory(path)) {
                objects.addAll(of(path).objects);
            } else {
                objects.addAll(documents(path));
            }
        }
        return new KubernetesManifests(objects);
    }

    static JsonNode kustomization(Path directory) {
        List<JsonNode> documents = documents(directory.resolve("kustomization.yaml"));
        if (documents.size() != 1) {
            throw new IllegalStateException("Expected one document in " + directory.resolve("kustomization.yaml"));
        }
        return documents.get(0);
    }

    /** Every non-empty YAML document of a file. */
    static List<JsonNode> documents(Path file) {
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> iterator = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (iterator.hasNext()) {
                JsonNode document = iterator.next();
                if (document != null && !document.isNull() && !document.isEmpty()) {
                    documents.add(document);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
        return documents;
    }

    static JsonNode parse(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot parse " + yaml, e);
        }
    }

    List<JsonNode> all(String kind) {
        return objects.stream().filter(object -> object.path("kind").asText().equals(kind)).toList();
    }

    Optional<JsonNode> find(String kind, String name) {
        return all(kind).stream().filter(object -> object.path("metadata").path("name").asText().equals(name)).findFirst();
    }

    JsonNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in the manifests"));
    }

    /** The one container of a service's Deployment. */
    JsonNode container(String service) {
        JsonNode containers = get("Deployment", service).path("spec").path("template").path("spec").path("containers");
        if (containers.size() != 1) {
            throw new AssertionError(service + " should run one container, not " + containers.size());
        }
        return containers.get(0);
    }

    /** A Deployment's pod labels. */
    Map<String, String> podLabels(JsonNode deployment) {
        return strings(deployment.path("spec").path("template").path("metadata").path("labels"));
    }

    /**
     * The container's environment: its {@code env} and every ConfigMap and Secret of its
     * {@code envFrom}; a reference to a ConfigMap or Secret the manifests do not hold fails.
     */
    Map<String, Variable> environment(String service) {
        JsonNode container = container(service);
        Map<String, Variable> variables = new LinkedHashMap<>();
        for (JsonNode from : container.path("envFrom")) {
            String prefix = from.path("prefix").asText("");
            String kind = from.has("configMapRef") ? "ConfigMap" : "Secret";
            String name = from.path(kind.equals("ConfigMap") ? "configMapRef" : "secretRef").path("name").asText();
            data(get(kind, name)).forEach((key, value) -> variables.put(prefix + key, new Variable(prefix + key, value, kind + " " + name)));
        }
        for (JsonNode variable : container.path("env")) {
            String name = variable.path("name").asText();
            JsonNode from = variable.path("valueFrom");
            if (from.has("configMapKeyRef") || from.has("secretKeyRef")) {
                String kind = from.has("configMapKeyRef") ? "ConfigMap" : "Secret";
                JsonNode reference = from.path(kind.equals("ConfigMap") ? "configMapKeyRef" : "secretKeyRef");
                String value = data(get(kind, reference.path("name").asText())).get(reference.path("key").asText());
                if (value == null) {
                    throw new AssertionError(service + ": " + name + " refers to a key " + kind + " " + reference + " does not have");
                }
                variables.put(name, new Variable(name, value, kind + " " + reference.path("name").asText()));
            } else {
                variables.put(name, new Variable(name, variable.path("value").asText(), "env"));
            }
        }
        return variables;
    }

    /** A ConfigMap's data, or a Secret's stringData (its data would be base64). */
    static Map<String, String> data(JsonNode object) {
        Map<String, String> data = new LinkedHashMap<>(strings(object.path("data")));
        data.putAll(strings(object.path("stringData")));
        return data;
    }

    static Map<String, String> strings(JsonNode object) {
        Map<String, String> strings = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            strings.put(field.getKey(), field.getValue().asText());
        }
        return strings;
    }
}
