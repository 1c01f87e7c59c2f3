package io.schemasync.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.schemasync.test.PostgresTest;
import io.schemasync.test.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, item 2: plan and apply append their plan to GitHub Actions' job summary, and {@code plan
 * --comment-on-pr} keeps one comment per database on the pull request. GitHub's REST API is played by a local
 * HTTP server that keeps comments the way GitHub does (pages of 100, ids, bodies), so the test sees every request.
 */
@PostgresTest
class GitHubTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA = """
            schemas:
              public:
                tables:
                  invoice:
                    columns:
                      id:    { type: bigint, identity: always }
                      total: { type: "numeric(12,2)", nullable: false, default: 0 }
                    primary_key: [id]
            """;

    @TempDir
    Path dir;
    private HttpServer github;
    private final List<String> requests = new ArrayList<>();
    /** The pull request's comments, in order: id → body. */
    private final Map<Long, String> comments = new java.util.LinkedHashMap<>();
    private long nextId = 1000;
    private int status = 200;

    @BeforeEach
    void startGitHub() throws IOException {
        github = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        github.createContext("/", this::handle);
        github.start();
        // Another bot's comments fill more than one page before ours.
        for (int i = 0; i < 130; i++) comments.put(nextId++, "some other bot's comment " + i);
    }

    @AfterEach
    void stopGitHub() {
        github.stop(0);
    }

    private synchronized void handle(HttpExchange x) throws IOException {
        String method = x.getRequestMethod();
        String path = x.getRequestURI().toString();
        requests.add(method + " " + path.replaceAll("\\?.*", "") + " " + x.getRequestHeaders().getFirst("Authorization"));
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String answer = "{}";
        int code = status;
        if (code == 200 && method.equals("GET") && path.startsWith("/repos/acme/shop/issues/42/comments")) {
            int page = Integer.parseInt(path.replaceAll(".*[?&]page=(\\d+).*", "$1"));
            ArrayNode list = JSON.createArrayNode();
            comments.entrySet().stream().skip((page - 1) * 100L).limit(100)
                    .forEach(e -> list.addObject().put("id", e.getKey()).put("body", e.getValue()));
            answer = list.toString();
        } else if (code == 200 && method.equals("POST") && path.equals("/repos/acme/shop/issues/42/comments")) {
            comments.put(nextId++, JSON.readTree(body).get("body").asText());
            code = 201;
        } else if (code == 200 && method.equals("PATCH") && path.startsWith("/repos/acme/shop/issues/comments/")) {
            long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
            if (!comments.containsKey(id)) code = 404;
            else comments.put(id, JSON.readTree(body).get("body").asText());
        } else if (code == 200) {
            code = 404;
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        x.sendResponseHeaders(code, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    private Map<String, String> actions(Path summary) throws IOException {
        Path event = Files.writeString(dir.resolve("event.json"), "{\"action\":\"synchronize\",\"number\":42,"
                + "\"pull_request\":{\"number\":42,\"head\":{\"sha\":\"abc\"}}}");
        Map<String, String> env = new HashMap<>();
        env.put("GITHUB_ACTIONS", "true");
        env.put("GITHUB_STEP_SUMMARY", summary.toString());
        env.put("GITHUB_EVENT_NAME", "pull_request");
        env.put("GITHUB_EVENT_PATH", event.toString());
        env.put("GITHUB_REPOSITORY", "acme/shop");
        env.put("GITHUB_API_URL", "http://127.0.0.1:" + github.getAddress().getPort());
        env.put("GITHUB_TOKEN", "ghs_secret");
        return env;
    }

    @Test
    void planAndApplyWriteTheJobSummary(TestDatabase db) throws Exception {
        Path schema = Files.writeString(dir.resolve("schema.yaml"), SCHEMA);
        Path summary = dir.resolve("summary.md");
        Map<String, String> env = actions(summary);
        String url = ApplyCommandTest.url(db);
        MainTest.Result plan = MainTest.run(env, "plan", "--url", url, "-s", schema.toString());
        assertEquals(0, plan.code(), plan.err());
        String afterPlan = Files.readString(summary);
        assertTrue(afterPlan.startsWith("### "), afterPlan);
        assertTrue(afterPlan.contains("public.invoice"), afterPlan);
        assertTrue(afterPlan.contains("CREATE TABLE"), afterPlan);
        assertFalse(plan.out().contains("### "), "stdout keeps the text plan");
        MainTest.Result apply = MainTest.run(env, "apply", "--url", url, "-s", schema.toString());
        assertEquals(0, apply.code(), apply.err());
        String afterApply = Files.readString(summary);
        assertTrue(afterApply.startsWith(afterPlan), "appended, never overwritten");
        assertTrue(afterApply.substring(afterPlan.length()).startsWith("#### schemasync apply: applied "), afterApply);
        // A plan printed as Markdown is placed by the caller (often into that very file): not appended twice.
        long before = Files.size(summary);
        MainTest.Result markdown = MainTest.run(env, "plan", "--url", url, "-s", schema.toString(), "--format", "markdown");
        assertEquals(0, markdown.code(), markdown.err());
        assertEquals(before, Files.size(summary));
        assertFalse(afterApply.contains(db.password() == null ? "\0" : db.password()), "no password in the summary");
    }

    @Test
    void onePlanCommentPerDatabaseUpdatedOnEveryRun(TestDatabase db) throws Exception {
        Path schema = Files.writeString(dir.resolve("schema.yaml"), SCHEMA);
        Map<String, String> env = actions(dir.resolve("summary.md"));
        String url = ApplyCommandTest.url(db);
        MainTest.Result first = MainTest.run(env, "plan", "--url", url, "-s", schema.toString(), "--comment-on-pr");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.err().contains("posted the plan as a comment on pull request #42"), first.err());
        assertEquals(131, comments.size());
        String ours = comments.get(nextId - 1);
        assertTrue(ours.startsWith("<!-- schemasync plan: "), ours);
        assertTrue(ours.contains("CREATE TABLE"), ours);
        assertTrue(requests.stream().allMatch(r -> r.endsWith("Bearer ghs_secret")), requests.toString());

        Files.writeString(schema, SCHEMA.replace("primary_key: [id]", "primary_key: [id]\n"
                + "        checks:\n          invoice_total_check: total >= 0"));
        MainTest.Result second = MainTest.run(env, "plan", "--url", url, "-s", schema.toString(), "--comment-on-pr");
        assertEquals(0, second.code(), second.err());
        assertTrue(second.err().contains("updated the plan's comment on pull request #42"), second.err());
        assertEquals(131, comments.size(), "updated in place, never a second comment");
        assertTrue(comments.get(nextId - 1).contains("invoice_total_check"));
        assertTrue(requests.stream().anyMatch(r -> r.startsWith("PATCH /repos/acme/shop/issues/comments/" + (nextId - 1))));
        assertFalse(comments.values().stream().anyMatch(b -> b.contains(db.password() == null ? "\0" : db.password())));
    }

    @Test
    void aCommentThatCannotBePostedIsAWarningAndThePlanStands(TestDatabase db) throws Exception {
        Path schema = Files.writeString(dir.resolve("schema.yaml"), SCHEMA);
        Map<String, String> env = actions(dir.resolve("summary.md"));
        String url = ApplyCommandTest.url(db);
        status = 403;
        MainTest.Result forked = MainTest.run(env, "plan", "--url", url, "-s", schema.toString(), "--comment-on-pr",
                "--exit-code");
        assertEquals(3, forked.code(), forked.err());
        assertTrue(forked.err().contains("warning: --comment-on-pr: GitHub answered 403"), forked.err());
        env.remove("GITHUB_TOKEN");
        MainTest.Result noToken = MainTest.run(env, "plan", "--url", url, "-s", schema.toString(), "--comment-on-pr");
        assertEquals(0, noToken.code(), noToken.err());
        assertTrue(noToken.err().contains("--comment-on-pr needs GITHUB_TOKEN"), noToken.err());
    }
}
