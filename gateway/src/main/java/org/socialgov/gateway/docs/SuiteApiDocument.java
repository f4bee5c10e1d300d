package org.socialgov.gateway.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The suite's API as one OpenAPI document: the three services' specs (bundled into the gateway from
 * {@code openapi/}) with every file they refer to folded in, so that a client developer reads and tries the whole
 * API in one place, with its security scheme. Components are named after the file they come from
 * ({@code contract-service.Contract}, {@code common-problem.Problem}), so two services' schemas of the same name
 * never collide, and shared files are included once.
 */
@Singleton
public class SuiteApiDocument {

    static final List<String> SERVICE_SPECS = List.of("contract-service.yaml", "policy-service.yaml",
        "incident-service.yaml");
    private static final String SPEC_FOLDER = "openapi/";
    private static final String COMPONENTS = "#/components/";

    private final Map<String, Map<String, Object>> files = new LinkedHashMap<>();
    private volatile String yaml;

    /** The combined document, built on first use: the specs do not change while the gateway runs. */
    public String yaml() {
        String built = yaml;
        if (built == null) {
            synchronized (this) {
                if (yaml == null) {
                    yaml = build();
                }
                built = yaml;
            }
        }
        return built;
    }

    private String build() {
        Map<String, Object> paths = new LinkedHashMap<>();
        Map<String, Map<String, Object>> components = new LinkedHashMap<>();
        List<Object> tags = new ArrayList<>();
        for (String spec : SERVICE_SPECS) {
            Map<String, Object> document = file(spec);
            Map<String, Object> specPaths = map(document.get("paths"));
            specPaths.forEach((path, item) -> paths.put(path, rewrite(spec, item, components)));
            tags.addAll(list(document.get("tags")));
        }
        Map<String, Object> combined = new LinkedHashMap<>();
        combined.put("openapi", file(SERVICE_SPECS.get(0)).get("openapi"));
        combined.put("info", Map.of("title", "SocialGov API", "version", "1.0.0",
            "description", "Every service of the suite behind the gateway: contracts, the social media policy, "
                + "official accounts, staff, and reports of significant mentions. Get a token at /api/oauth/token "
                + "(client credentials), then Authorize."));
        combined.put("servers", List.of(Map.of("url", "/api")));
        combined.put("security", List.of(Map.of("oauth2", List.of())));
        combined.put("tags", tags);
        combined.put("paths", paths);
        Map<String, Object> componentSection = new LinkedHashMap<>(components);
        componentSection.put("securitySchemes", map(map(file(SERVICE_SPECS.get(0)).get("components"))
            .get("securitySchemes")));
        combined.put("components", componentSection);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        return new Yaml(options).dump(combined);
    }

    /**
     * A copy of a node of {@code file} in which every reference points into the combined document: a component is
     * copied in under its file-qualified name (once), a path item defined in another file is copied in place.
     */
    private Object rewrite(String file, Object node, Map<String, Map<String, Object>> components) {
        if (node instanceof Map<?, ?> map) {
            Object ref = map.get("$ref");
            if (ref instanceof String reference) {
                return resolveReference(file, reference, components);
            }
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, value) -> copy.put((String) key, rewrite(file, value, components)));
            return copy;
        }
        if (node instanceof List<?> items) {
            return items.stream().map(item -> rewrite(file, item, components)).toList();
        }
        return node;
    }

    private Object resolveReference(String file, String reference, Map<String, Map<String, Object>> components) {
        int hash = reference.indexOf('#');
        String target = hash == 0 ? file : reference.substring(0, hash);
        String pointer = reference.substring(hash);
        if (!pointer.startsWith(COMPONENTS)) {
            // A path item kept in another file (the shared rebuild operations, the policy's sub-specs).
            return rewrite(target, pointed(target, pointer), components);
        }
        String[] parts = pointer.substring(COMPONENTS.length()).split("/");
        String kind = parts[0];
        String name = stem(target) + "." + parts[1];
        Map<String, Object> ofKind = components.computeIfAbsent(kind, key -> new LinkedHashMap<>());
        if (!ofKind.containsKey(name)) {
            ofKind.put(name, Map.of());
            ofKind.put(name, rewrite(target, pointed(target, pointer), components));
        }
        return Map.of("$ref", COMPONENTS + kind + "/" + name);
    }

    private Object pointed(String file, String pointer) {
        Object node = file(file);
        for (String token : pointer.substring(2).split("/")) {
            node = map(node).get(token.replace("~1", "/").replace("~0", "~"));
            if (node == null) {
                throw new IllegalStateException("Unresolvable reference " + file + pointer);
            }
        }
        return node;
    }

    private Map<String, Object> file(String name) {
        return files.computeIfAbsent(name, SuiteApiDocument::load);
    }

    private static Map<String, Object> load(String name) {
        try (InputStream in = SuiteApiDocument.class.getClassLoader().getResourceAsStream(SPEC_FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("The gateway was built without " + SPEC_FOLDER + name);
            }
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stem(String file) {
        return file.substring(0, file.lastIndexOf('.'));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node == null ? Map.of() : (Map<String, Object>) node;
    }

    private static List<Object> list(Object node) {
        return node == null ? List.of() : new ArrayList<>((List<?>) node);
    }
}
