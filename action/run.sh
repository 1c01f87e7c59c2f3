#!/usr/bin/env bash
# The GitHub Action's one step (action.yml passes its inputs as INPUT_* variables). Kept in a file so that
# ActionTest runs exactly this against a real PostgreSQL. plan and apply append the plan to $GITHUB_STEP_SUMMARY
# themselves; this script only maps inputs to flags, and sets the exit-code output. GITHUB_TOKEN (the
# github-token input) is read by schemasync itself, for --comment-on-pr.
set -uo pipefail

action_path=${SCHEMASYNC_ACTION_PATH:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
# The launcher builds the jar from the action's checkout on first use; SCHEMASYNC overrides it (tests, a bundle).
schemasync=${SCHEMASYNC:-$action_path/scripts/schemasync}

fail() {
  echo "::error title=schemasync::$1"
  exit 2
}

truthy() {
  case ${1,,} in
    true | yes | 1) return 0 ;;
    false | no | 0 | "") return 1 ;;
    *) fail "expected true or false, got '$1'" ;;
  esac
}

command=${INPUT_COMMAND:-plan}
args=()
case $command in
  plan) args=(plan) ;;
  drift) args=(plan --exit-code) ;;
  apply) args=(apply) ;;
  *) fail "command must be plan, apply or drift, not '$command'" ;;
esac

if [[ -n ${INPUT_DATABASE_URL:-} && -n ${INPUT_ENV:-} ]]; then
  fail "give database-url or env, not both"
fi
if [[ -n ${INPUT_DATABASE_URL:-} ]]; then
  # Through the environment, never the command line (which other processes on the runner can read).
  export DATABASE_URL=$INPUT_DATABASE_URL
  echo "::add-mask::$INPUT_DATABASE_URL"
elif [[ -n ${INPUT_ENV:-} ]]; then
  args+=(--env "$INPUT_ENV")
fi

read -r -a schemas <<< "${INPUT_SCHEMA:-}"
for s in ${schemas[@]+"${schemas[@]}"}; do args+=(-s "$s"); done

if [[ $command == apply ]] && truthy "${INPUT_ALLOW_DESTRUCTIVE:-false}"; then
  args+=(--allow-destructive)
fi
if [[ $command != apply && ${GITHUB_EVENT_NAME:-} == pull_request* ]] && truthy "${INPUT_COMMENT_ON_PR:-true}"; then
  args+=(--comment-on-pr)
fi

"$schemasync" "${args[@]}" --color always
code=$?
if [[ -n ${GITHUB_OUTPUT:-} ]]; then
  echo "exit-code=$code" >> "$GITHUB_OUTPUT"
fi
case $code in
  0) ;;
  3) echo "::error title=schemasync drift::the database differs from the YAML (see the plan above)" ;;
  4) echo "::error title=schemasync::the plan holds refused changes; nothing was applied" ;;
esac
exit "$code"
