package org.survivorvoice.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import io.smallrye.config.WithParentName;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The invariants of {@code deploy/} that a schema cannot check: at least two replicas, every probe
 * on the management port, a disruption budget, health-gated start order in compose on MySQL 8.4, no
 * secret value committed anywhere, and only environment variables the service reads. (The
 * manifests' and compose file's schemas are checked by {@code .ci/run}.)
 */
class DeployManifestsTest {

    private static final Path DEPLOY = Path.of("deploy");
    private static final Path KUBERNETES = DEPLOY.resolve("kubernetes");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** Names of settings whose values are secrets: a committed file must leave them empty. */
    private static final Pattern SECRET_NAME =
            Pattern.compile(".*(_KEY|_PASSWORD|_TOKEN|_SECRET|_AUTH_VALUE|_ACCOUNT_SID)$");

    private static final Pattern BASE64_RUN = Pattern.compile("[A-Za-z0-9+/]{40,}={0,2}");

    @Test
    void theDeploymentRunsAtLeastTwoReplicasAndTheAutoscalerKeepsThem() throws IOException {
        JsonNode deployment = manifest("Deployment");
        JsonNode hpa = manifest("HorizontalPodAutoscaler");

        assertThat(deployment.at("/spec/replicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(hpa.at("/apiVersion").asText()).isEqualTo("autoscaling/v2");
        assertThat(hpa.at("/spec/minReplicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(hpa.at("/spec/maxReplicas").asInt())
                .isGreaterThanOrEqualTo(hpa.at("/spec/minReplicas").asInt());
        assertThat(hpa.at("/spec/scaleTargetRef/kind").asText()).isEqualTo("Deployment");
        assertThat(hpa.at("/spec/scaleTargetRef/name").asText())
                .isEqualTo(deployment.at("/metadata/name").asText());
        assertThat(hpa.at("/spec/metrics/0/resource/name").asText()).isEqualTo("cpu");
        assertThat(container(deployment).at("/resources/requests/cpu").isMissingNode())
                .as("CPU utilisation needs a CPU request")
                .isFalse();
        assertThat(deployment.at("/spec/strategy/rollingUpdate/maxUnavailable").asInt()).isZero();
    }

    @Test
    void everyProbeAsksTheManagementPort() throws IOException {
        int managementPort =
                Integer.parseInt(applicationProperties().getProperty("quarkus.management.port"));
        JsonNode container = container(manifest("Deployment"));
        Map<String, Integer> ports = new HashMap<>();
        container
                .path("ports")
                .forEach(p -> ports.put(p.path("name").asText(), p.path("containerPort").asInt()));

        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            JsonNode get = container.path(probe).path("httpGet");
            assertThat(get.isMissingNode()).as(probe + " present").isFalse();
            JsonNode port = get.path("port");
            int number = port.isInt() ? port.asInt() : ports.getOrDefault(port.asText(), -1);
            assertThat(number).as(probe + " port").isEqualTo(managementPort);
            assertThat(get.path("path").asText()).as(probe + " path").startsWith("/q/health/");
        }
        JsonNode service = manifest("Service");
        service.path("spec")
                .path("ports")
                .forEach(
                        p ->
                                assertThat(p.path("targetPort").asText())
                                        .as("the Service routes no management port")
                                        .isNotIn("management", String.valueOf(managementPort)));
    }

    @Test
    void aDisruptionBudgetCoversThePods() throws IOException {
        JsonNode pdb = manifest("PodDisruptionBudget");
        JsonNode labels = manifest("Deployment").at("/spec/template/metadata/labels");

        assertThat(pdb.at("/apiVersion").asText()).isEqualTo("policy/v1");
        assertThat(pdb.at("/spec/minAvailable").asInt()).isGreaterThanOrEqualTo(1);
        pdb.at("/spec/selector/matchLabels")
                .fields()
                .forEachRemaining(
                        label ->
                                assertThat(labels.path(label.getKey()).asText())
                                        .isEqualTo(label.getValue().asText()));
    }

    @Test
    void theReportArchiveIsOneSharedVolume() throws IOException {
        JsonNode pvc = manifest("PersistentVolumeClaim");
        JsonNode deployment = manifest("Deployment");

        assertThat(pvc.at("/spec/accessModes").toString()).contains("ReadWriteMany");
        assertThat(deployment.at("/spec/template/spec/volumes").toString())
                .contains(pvc.at("/metadata/name").asText());
        String archive =
                manifest("ConfigMap").at("/data/SURVIVOR_VOICE_REPORT_ARCHIVE_DIR").asText();
        assertThat(container(deployment).path("volumeMounts").findValuesAsText("mountPath"))
                .contains(archive);
    }

    @Test
    void theSecretTemplateHoldsNoValue() throws IOException {
        JsonNode secret = only(KUBERNETES.resolve("secret/secret.template.yaml"));

        assertThat(secret.path("kind").asText()).isEqualTo("Secret");
        assertThat(secret.path("data").isMissingNode()).isTrue();
        assertThat(secret.path("stringData").size()).isPositive();
        secret.path("stringData")
                .fields()
                .forEachRemaining(e -> assertThat(e.getValue().asText()).as(e.getKey()).isEmpty());
        assertThat(kustomizationResources())
                .as("applying the directory never applies the empty Secret")
                .noneMatch(r -> r.contains("secret"));
    }

    @Test
    void noFileUnderDeployHoldsAThirtyTwoByteKey() throws IOException {
        List<String> keys = new ArrayList<>();
        for (Path file : deployFiles()) {
            Matcher run = BASE64_RUN.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (run.find()) {
                if (decodedLength(run.group()) == 32) {
                    keys.add(file + ": " + run.group().substring(0, 6) + "...");
                }
            }
        }
        assertThat(keys).isEmpty();
    }

    @Test
    void theEnvTemplateLeavesEverySecretEmpty() throws IOException {
        Map<String, String> set = envTemplate(false);

        assertThat(set)
                .containsKeys(
                        "SURVIVOR_VOICE_VAULT_ENCRYPTION_KEY",
                        "SURVIVOR_VOICE_VAULT_INDEX_KEY",
                        "SURVIVOR_VOICE_PUBLIC_BASE_URL",
                        "QUARKUS_DATASOURCE_PASSWORD",
                        "QUARKUS_FLYWAY_PASSWORD");
        envTemplate(true)
                .forEach(
                        (name, value) -> {
                            if (SECRET_NAME.matcher(name).matches()) {
                                assertThat(value).as(name).isEmpty();
                            }
                        });
        assertThat(Files.readString(Path.of(".gitignore"))).contains("/deploy/.env");
    }

    @Test
    void composeStartsTheServiceOnlyOnceMySqlIsHealthy() throws IOException {
        JsonNode compose = only(DEPLOY.resolve("compose.yaml"));
        JsonNode mysql = compose.at("/services/mysql");
        JsonNode app = compose.at("/services/app");

        assertThat(mysql.path("image").asText()).isEqualTo("mysql:8.4");
        assertThat(mysql.at("/healthcheck/test").toString()).contains("mysqladmin ping");
        assertThat(mysql.path("volumes").toString())
                .contains("mysql-data:/var/lib/mysql")
                .contains("/docker-entrypoint-initdb.d/")
                .contains("./sql/accounts.sql:");
        assertThat(app.at("/depends_on/mysql/condition").asText()).isEqualTo("service_healthy");
        assertThat(app.at("/healthcheck/test").toString()).contains("127.0.0.1:9000/q/health/");
        assertThat(app.at("/build/dockerfile").asText()).isEqualTo("deploy/Dockerfile");
        assertThat(app.path("env_file").toString()).contains(".env");
        assertThat(app.path("volumes").toString())
                .contains("reports:/var/lib/survivor-voice/reports");
        assertThat(compose.path("volumes").has("mysql-data")).isTrue();
        assertThat(compose.path("volumes").has("reports")).isTrue();
        // passwords come from .env by interpolation, never as literals
        mysql.path("environment")
                .fields()
                .forEachRemaining(
                        e -> {
                            if (e.getKey().endsWith("PASSWORD")
                                    && !e.getKey().startsWith("MYSQL_")) {
                                assertThat(e.getValue().asText()).as(e.getKey()).startsWith("${");
                            }
                        });
    }

    @Test
    void everyVariableTheDeploymentSetsIsOneTheServiceReads() throws IOException {
        List<Pattern> read = variablesTheServiceReads();
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Set<String> names = new LinkedHashSet<>();
        manifest("ConfigMap").path("data").fieldNames().forEachRemaining(names::add);
        only(KUBERNETES.resolve("secret/secret.template.yaml"))
                .path("stringData")
                .fieldNames()
                .forEachRemaining(names::add);
        only(DEPLOY.resolve("compose.yaml"))
                .at("/services/app/environment")
                .fieldNames()
                .forEachRemaining(names::add);
        names.addAll(envTemplate(true).keySet());
        assertThat(names).hasSizeGreaterThan(20);

        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            boolean known =
                    name.startsWith("SURVIVOR_VOICE_")
                            ? read.stream().anyMatch(p -> p.matcher(name).matches())
                            // Quarkus' own settings: those the README's Configuration documents
                            : name.startsWith("QUARKUS_") && readme.contains("`" + name + "`");
            if (!known) {
                unknown.add(name);
            }
        }
        assertThat(unknown).as("variables the service does not read").isEmpty();
    }

    @Test
    void theVariableCheckWouldCatchATypo() {
        List<Pattern> read = variablesTheServiceReads();

        assertThat(read).anyMatch(p -> p.matcher("SURVIVOR_VOICE_VAULT_INDEX_KEY").matches());
        assertThat(read).anyMatch(p -> p.matcher("SURVIVOR_VOICE_GATEWAYS_ACME_SECRET").matches());
        assertThat(read).noneMatch(p -> p.matcher("SURVIVOR_VOICE_VAULT_INDEXKEY").matches());
        assertThat(read).noneMatch(p -> p.matcher("SURVIVOR_VOICE_PUBLIC_URL").matches());
    }

    // --- the service's settings, from its config mappings ---

    /** Every property under a {@code @ConfigMapping} of the service, as an env var pattern. */
    private static List<Pattern> variablesTheServiceReads() {
        List<String> properties = new ArrayList<>();
        for (JavaClass mapping :
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.survivorvoice")) {
            if (mapping.isAnnotatedWith(ConfigMapping.class)) {
                Class<?> type = mapping.reflect();
                walk(type, type.getAnnotation(ConfigMapping.class).prefix(), properties);
            }
        }
        return properties.stream()
                .map(
                        p ->
                                Pattern.compile(
                                        Pattern.quote(
                                                        p.replaceAll("[^A-Za-z0-9*]", "_")
                                                                .toUpperCase(Locale.ROOT))
                                                .replace("*", "\\E[A-Z0-9_]+\\Q")))
                .toList();
    }

    private static void walk(Class<?> group, String prefix, List<String> properties) {
        for (Method method : group.getMethods()) {
            if (method.getParameterCount() > 0
                    || method.isDefault()
                    || Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            String name =
                    method.isAnnotationPresent(WithParentName.class)
                            ? prefix
                            : prefix
                                    + "."
                                    + (method.isAnnotationPresent(WithName.class)
                                            ? method.getAnnotation(WithName.class).value()
                                            : kebab(method.getName()));
            Type type = method.getGenericReturnType();
            Class<?> raw = method.getReturnType();
            if (raw == Optional.class) {
                type = ((ParameterizedType) type).getActualTypeArguments()[0];
                raw =
                        type instanceof ParameterizedType p
                                ? (Class<?>) p.getRawType()
                                : (Class<?>) type;
            }
            if (raw == Map.class) {
                Type value = ((ParameterizedType) type).getActualTypeArguments()[1];
                if (value instanceof Class<?> c && group(c)) {
                    walk(c, name + ".*", properties);
                } else {
                    properties.add(name + ".*");
                }
            } else if (group(raw)) {
                walk(raw, name, properties);
            } else {
                properties.add(name);
            }
        }
    }

    private static boolean group(Class<?> type) {
        return type.isInterface() && type.getName().startsWith("org.survivorvoice.");
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    // --- reading deploy/ ---

    /** The one manifest of this kind among those kustomization.yaml applies. */
    private static JsonNode manifest(String kind) throws IOException {
        List<JsonNode> found = new ArrayList<>();
        for (String resource : kustomizationResources()) {
            for (JsonNode doc : documents(KUBERNETES.resolve(resource))) {
                if (doc.path("kind").asText().equals(kind)) {
                    found.add(doc);
                }
            }
        }
        assertThat(found).as(kind + " manifests").hasSize(1);
        return found.get(0);
    }

    private static List<String> kustomizationResources() throws IOException {
        List<String> resources = new ArrayList<>();
        only(KUBERNETES.resolve("kustomization.yaml"))
                .path("resources")
                .forEach(r -> resources.add(r.asText()));
        return resources;
    }

    private static JsonNode container(JsonNode deployment) {
        JsonNode containers = deployment.at("/spec/template/spec/containers");
        assertThat(containers.size()).isEqualTo(1);
        return containers.get(0);
    }

    private static List<JsonNode> documents(Path file) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it =
                YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            it.forEachRemaining(
                    d -> {
                        if (d != null && !d.isNull() && !d.isMissingNode()) {
                            docs.add(d);
                        }
                    });
        }
        return docs;
    }

    private static JsonNode only(Path file) throws IOException {
        List<JsonNode> docs = documents(file);
        assertThat(docs).as(file.toString()).hasSize(1);
        return docs.get(0);
    }

    /** {@code deploy/.env.example}: set lines, and with {@code commented} the commented ones. */
    private static Map<String, String> envTemplate(boolean commented) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        Pattern line = Pattern.compile((commented ? "^#?\\s*" : "^") + "([A-Z][A-Z0-9_]*)=(.*)$");
        for (String l : Files.readAllLines(DEPLOY.resolve(".env.example"))) {
            Matcher m = line.matcher(l.strip());
            if (m.matches()) {
                values.put(m.group(1), m.group(2).strip());
            }
        }
        return values;
    }

    private static List<Path> deployFiles() throws IOException {
        try (Stream<Path> files = Files.walk(DEPLOY)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals(".env"))
                    .toList();
        }
    }

    private static int decodedLength(String base64) {
        try {
            return Base64.getDecoder().decode(base64).length;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static Properties applicationProperties() throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return properties;
    }
}
