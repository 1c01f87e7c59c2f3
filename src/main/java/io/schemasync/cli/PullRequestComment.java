package io.schemasync.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * {@code plan --comment-on-pr}: in a GitHub Actions job for a pull request, the plan as one comment on it — posted
 * the first time, updated in place on every later push, never duplicated. Each database gets its own comment,
 * found again by a hidden marker that names it. Everything comes from the variables GitHub Actions sets
 * ({@code GITHUB_EVENT_PATH}, {@code GITHUB_REPOSITORY}, {@code GITHUB_API_URL}) and {@code GITHUB_TOKEN}, which the
 * workflow passes. A comment that cannot be posted (no token, a pull request from a fork, whose token may only
 * read) is a warning: the plan and its exit code stand.
 */
final class PullRequestComment {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final int PAGE = 100;

    private PullRequestComment() {}

    static void post(Cli cli, String markdown, String target) {
        Map<String, String> env = cli.env();
        String token = env.get("GITHUB_TOKEN");
        String repository = env.get("GITHUB_REPOSITORY");
        String event = env.get("GITHUB_EVENT_PATH");
        if (blank(token) || blank(repository) || blank(event)) {
            cli.error("warning: --comment-on-pr needs GITHUB_TOKEN, GITHUB_REPOSITORY and GITHUB_EVENT_PATH (set in a"
                    + " GitHub Actions job; pass the token with env: GITHUB_TOKEN: ${{ github.token }}): no comment posted");
            return;
        }
        String api = blank(env.get("GITHUB_API_URL")) ? "https://api.github.com" : env.get("GITHUB_API_URL");
        try {
            long number = pullRequestNumber(Path.of(event));
            if (number <= 0) {
                cli.error("warning: --comment-on-pr: this job does not run for a pull request: no comment posted");
                return;
            }
            String marker = "<!-- schemasync plan: " + target.replace("--", "- -") + " -->";
            String body = marker + "\n" + markdown;
            new PullRequestComment.Client(api, repository, token).upsert(number, marker, body, cli);
        } catch (IOException | RuntimeException e) {
            cli.error("warning: --comment-on-pr: " + e.getMessage() + ": no comment posted");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The pull request's number from the event payload; 0 for an event that is not about one. */
    static long pullRequestNumber(Path event) throws IOException {
        JsonNode root = JSON.readTree(Files.readString(event));
        JsonNode pr = root.path("pull_request");
        if (pr.has("number")) return pr.get("number").asLong();
        return root.path("issue").has("pull_request") ? root.path("issue").path("number").asLong() : 0;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private record Client(String api, String repository, String token) {
        private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

        void upsert(long number, String marker, String body, Cli cli) throws IOException, InterruptedException {
            ObjectNode payload = JSON.createObjectNode().put("body", body);
            long existing = find(number, marker);
            if (existing > 0) {
                send("PATCH", "/repos/" + repository + "/issues/comments/" + existing, payload.toString());
                cli.error("updated the plan's comment on pull request #" + number);
            } else {
                send("POST", "/repos/" + repository + "/issues/" + number + "/comments", payload.toString());
                cli.error("posted the plan as a comment on pull request #" + number);
            }
        }

        /** The id of the comment with the marker, looking through every page; 0 when there is none. */
        private long find(long number, String marker) throws IOException, InterruptedException {
            for (int page = 1; ; page++) {
                JsonNode comments = JSON.readTree(send("GET", "/repos/" + repository + "/issues/" + number
                        + "/comments?per_page=" + PAGE + "&page=" + page, null));
                if (!comments.isArray() || comments.isEmpty()) return 0;
                for (JsonNode c : comments) {
                    if (c.path("body").asText("").startsWith(marker)) return c.path("id").asLong();
                }
                if (comments.size() < PAGE) return 0;
            }
        }

        private String send(String method, String path, String json) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.replaceAll("/+$", "") + path))
                    .timeout(TIMEOUT)
                    .header("Accept", "application/vnd.github+json")
                    .header("Authorization", "Bearer " + token)
                    .header("X-GitHub-Api-Version", "2022-11-28");
            request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
            if (json != null) request.header("Content-Type", "application/json");
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IOException("GitHub answered " + response.statusCode() + " to " + method + " " + path
                        + (response.statusCode() == 403 ? " (a pull request from a fork gets a read-only token;"
                        + " or the job lacks permissions: pull-requests: write)" : ""));
            }
            return response.body();
        }
    }
}
