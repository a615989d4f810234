#!/usr/bin/env bash
# Post the action's report on the pull request. A report posted earlier (found by
# its hidden marker line) is edited instead, so a PR carries one repoagent comment,
# not one per push. Needs gh (preinstalled on GitHub-hosted runners) and GH_TOKEN.
set -euo pipefail
marker='<!-- repoagent-report -->'
previous=$(gh api --paginate "repos/$GITHUB_REPOSITORY/issues/$PR/comments" \
    --jq ".[] | select(.body | startswith(\"$marker\")) | .id" | tail -n 1)
if [ -n "$previous" ]; then
    gh api --method PATCH "repos/$GITHUB_REPOSITORY/issues/comments/$previous" -F "body=@$REPORT" >/dev/null
    echo "repoagent: updated the report comment on #$PR"
else
    gh pr comment "$PR" --repo "$GITHUB_REPOSITORY" --body-file "$REPORT"
fi
