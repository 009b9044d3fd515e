package vn.dangbo.baocao.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.IntegrationTest;
import vn.dangbo.baocao.Scenario;
import vn.dangbo.baocao.TestCommune;

/**
 * Every operation of the OpenAPI document (so a new endpoint is covered without touching this test) × every role
 * of one organisation, anonymous, and the users of a second organisation, on the first one's ids:
 * anonymous gets 401; the other organisation never gets a 2xx on an id of the first; only administrators pass
 * /api/admin; only the platform operator passes /api/platform, and nothing else; nobody ever gets a 5xx; the public verification of issued documents answers everyone. The matrix is written to target/security-matrix.md.
 */
@IntegrationTest
class AuthorizationMatrixIT {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final List<String> ROLES = List.of("admin", "vanphong", "bithu", "ubnd", "congan", "truong");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    /** Open to anyone, without login (issue 16): what anyone holding an issued document may check. */
    private static final Set<String> PUBLIC = Set.of("/api/documents/{sha256}/verify");

    @Test
    void everyEndpointAnswersEveryRoleAsItShould() throws IOException {
        TestCommune own = TestCommune.create(context);
        TestCommune other = TestCommune.create(context);
        Scenario ours = new Scenario(port, own.prefix());
        long reportId = ours.openReport(2031, 8);
        ours.writeAll("ubnd", reportId, "Bản nháp");
        new Scenario(port, other.prefix()).openReport(2031, 8);

        Map<String, ApiClient> callers = new LinkedHashMap<>();
        ROLES.forEach(role -> callers.put(role, ours.as(role)));
        callers.put("khác:admin", new Scenario(port, other.prefix()).as("admin"));
        callers.put("khác:vanphong", new Scenario(port, other.prefix()).as("vanphong"));
        callers.put("khác:ubnd", new Scenario(port, other.prefix()).as("ubnd"));
        callers.put("platform", ApiClient.as(port, "platform", Scenario.PASSWORD));
        callers.put("ẩn danh", ApiClient.anonymous(port));

        JsonNode paths = ApiClient.anonymous(port).get("/v3/api-docs").json().get("paths");
        StringBuilder table = new StringBuilder("| thao tác | " + String.join(" | ", callers.keySet()) + " |\n|---|"
                + "---|".repeat(callers.size()) + "\n");
        SoftAssertions soft = new SoftAssertions();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            String concrete = fill(path.getKey(), own.prefix(), reportId);
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next().toUpperCase();
                if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                operations++;
                table.append("| ")
                        .append(method)
                        .append(' ')
                        .append(path.getKey())
                        .append(" |");
                for (Map.Entry<String, ApiClient> caller : callers.entrySet()) {
                    int status = call(caller.getValue(), method, concrete);
                    table.append(' ').append(status).append(" |");
                    String what = caller.getKey() + " " + method + " " + concrete + " → " + status;
                    soft.assertThat(status).as(what).isLessThan(500);
                    if (PUBLIC.contains(path.getKey())) {
                        soft.assertThat(status).as(what).isNotIn(401, 403);
                    } else if (caller.getKey().equals("ẩn danh")) {
                        soft.assertThat(status).as(what).isEqualTo(401);
                    } else if (caller.getKey().startsWith("khác:")
                            && path.getKey().contains("{")) {
                        soft.assertThat(status).as(what).isBetween(400, 499);
                    } else if (path.getKey().startsWith("/api/platform")) {
                        // the platform operator's only, never an organisation's administrator
                        if (!caller.getKey().equals("platform")) {
                            soft.assertThat(status).as(what).isEqualTo(403);
                        }
                    } else if (caller.getKey().equals("platform")) {
                        // the operator is nobody in an organisation: none of their data (403), none of their
                        // actions (403, or the body refused as for anyone before it is read)
                        soft.assertThat(status).as(what).isBetween(400, 499);
                        if (method.equals("GET")) {
                            soft.assertThat(status).as(what).isEqualTo(403);
                        }
                    } else if (path.getKey().startsWith("/api/admin")
                            && !caller.getKey().endsWith("admin")) {
                        soft.assertThat(status).as(what).isEqualTo(403);
                    }
                }
                table.append('\n');
            }
        }
        Files.writeString(
                Path.of("target", "security-matrix.md"),
                "# Ma trận phân quyền (" + operations + " thao tác)\n\n" + table,
                StandardCharsets.UTF_8);
        assertThat(operations).isGreaterThan(40);
        soft.assertAll();
    }

    private int call(ApiClient client, String method, String path) {
        return switch (method) {
            case "GET" -> client.get(path).status();
            case "POST" -> client.post(path, Map.of()).status();
            case "PUT" -> client.put(path, Map.of()).status();
            case "PATCH" -> client.patch(path, Map.of()).status();
            default -> client.delete(path).status();
        };
    }

    /** The first organisation's ids in every path parameter: its report, its chi bộ, its user, a section. */
    private static String fill(String template, String prefix, long reportId) {
        Matcher m = PARAMETER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).toLowerCase();
            String value = name.contains("username")
                    ? prefix + "ubnd"
                    : name.equals("code") ? "C.I" : name.contains("unit") ? "ubnd" : Long.toString(reportId);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
