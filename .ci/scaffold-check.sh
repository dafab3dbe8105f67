#!/usr/bin/env bash
# Scaffold check: a contributor's first steps with a new stakeholder plugin, on a copy of the
# package, so the package itself is never touched.
#
#   .ci/scaffold-check.sh          exit non-zero when any step fails
#   KEEP=1 .ci/scaffold-check.sh   keep the copy (its path is printed) to look into a failure
#   SCAFFOLD_IN_PLACE=1 ...        work in the checkout itself and put it back afterwards (CI: a
#                                  clean clone whose .build already holds the package's build, so
#                                  only the new plugin and what depends on it is compiled again);
#                                  refused unless git shows no change to tracked files
#
# 1. copies the package's files (as git lists them: tracked and untracked, never .build*) into a
#    temporary folder;
# 2. runs `swift package --allow-writing-to-package-directory new-stakeholder health` there and
#    checks what it wrote (Plugins/Health/, and through `komitmen-generate` Package.swift's
#    stakeholderKinds and Registry.swift), that `new-stakeholder --regenerate` then finds nothing
#    to change, and that a Package.swift without its marker is refused with no folder left behind;
# 3. builds, regenerates docs/plugins.md and docs/diagnostics.md (`komitmen plugins|diagnostics --format markdown`);
# 4. runs `swift test` (the staleness tests compare Registry.swift, Package.swift and
#    docs/plugins.md with the folders) and checks that the health plugin's examples ran.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
started=$SECONDS
work=$(mktemp -d "${TMPDIR:-/tmp}/komitmen-scaffold.XXXXXX")
copy=$work/komitmen
if [ "${KEEP:-0}" = 1 ]; then
    echo "scaffold-check: the copy stays in $copy"
else
    trap 'rm -rf "$work"' EXIT
fi
step() { echo "scaffold-check: $* ($((SECONDS - started)) s)"; }
fail() { echo "scaffold-check: FAILED: $*" >&2; exit 1; }

# --- 1. the copy ---------------------------------------------------------------------------------
if [ "${SCAFFOLD_IN_PLACE:-0}" = 1 ]; then
    git -C "$root" rev-parse --is-inside-work-tree > /dev/null 2>&1 \
        && [ -z "$(git -C "$root" status --porcelain --untracked-files=no)" ] \
        && [ ! -e "$root/Plugins/Health" ] \
        || fail "SCAFFOLD_IN_PLACE needs a git checkout without changes and without Plugins/Health"
    copy=$root
    step "working in $root itself; it is put back afterwards"
    # Whatever happens, the checkout is put back as git has it.
    trap 'git -C "$root" checkout -q -- . && rm -rf "$root/Plugins/Health" "$root/Plugins/Extra" "$root"/docs/*.md.tmp; rm -rf "$work"' EXIT
elif step "copying $root to $copy" && mkdir -p "$copy" && git -C "$root" rev-parse --is-inside-work-tree > /dev/null 2>&1; then
    # Tracked and untracked files, not ignored ones (.build*, .swiftpm); files deleted in the
    # working tree are left out. Package.resolved is ignored but pins the dependencies: take it.
    (cd "$root" && { git ls-files -z --cached --others --exclude-standard; printf 'Package.resolved\0'; } \
        | while IFS= read -r -d '' file; do [ -f "$file" ] && printf '%s\0' "$file"; done \
        | sort -zu | tar --null -T - -cf -) | tar -xf - -C "$copy"
else
    mkdir -p "$copy"
    (cd "$root" && tar --exclude='./.build*' --exclude='./.swiftpm' --exclude='./.git' -cf - .) | tar -xf - -C "$copy"
fi
cd "$copy"
[ -f Package.swift ] && [ -d Plugins/NewStakeholder ] || fail "the copy has no Package.swift or Plugins/NewStakeholder/"

# --- 2. the scaffolder ---------------------------------------------------------------------------
step "swift package new-stakeholder health"
swift package --allow-writing-to-package-directory new-stakeholder health
for file in Plugins/Health/HealthStakeholder.swift Plugins/Health/HealthExamples.swift; do
    [ -f "$file" ] || fail "new-stakeholder did not write $file"
done
grep -q '^ *"Health",$' Package.swift || fail "Package.swift's stakeholderKinds does not list \"Health\""
grep -q '^import HealthStakeholder$' Sources/KomitmenRegistry/Registry.swift \
    && grep -q '^    healthStakeholder,$' Sources/KomitmenRegistry/Registry.swift \
    || fail "Registry.swift does not register healthStakeholder"
if swift package --allow-writing-to-package-directory new-stakeholder health > /dev/null 2>&1; then
    fail "new-stakeholder accepted a kind that exists already"
fi
regenerated=$(swift package --allow-writing-to-package-directory new-stakeholder --regenerate)
echo "$regenerated"
[ "$(grep -c 'is up to date' <<< "$regenerated")" = 2 ] || fail "--regenerate changed files right after new-stakeholder"
# A manifest the generator cannot edit: the plugin refuses before writing, and leaves no folder.
cp Package.swift "$work/Package.swift.good"
sed -i.bak '/new-stakeholder: kinds/d' Package.swift && rm -f Package.swift.bak
if swift package --allow-writing-to-package-directory new-stakeholder extra > "$work/broken.log" 2>&1; then
    fail "new-stakeholder accepted a Package.swift without its kinds marker"
fi
grep -q 'no line with the comment `// new-stakeholder: kinds`' "$work/broken.log" \
    || { cat "$work/broken.log"; fail "new-stakeholder did not say what is wrong with Package.swift"; }
[ ! -e Plugins/Extra ] || fail "new-stakeholder left Plugins/Extra/ behind after failing"
cp "$work/Package.swift.good" Package.swift

# --- 3. build and docs ---------------------------------------------------------------------------
step "scripts/regenerate.sh (README's one step for every generated file)"
scripts/regenerate.sh
grep -q '^## health$' docs/plugins.md || fail "docs/plugins.md has no health section"
grep -q 'health-session-without-people' docs/diagnostics.md || fail "docs/diagnostics.md lacks the health plugin's code"
scripts/regenerate.sh --check > /dev/null || fail "scripts/regenerate.sh left a generated file stale"

# --- 4. the tests --------------------------------------------------------------------------------
step "swift test"
status=0
swift test > "$work/test.log" 2>&1 || status=$?
grep -E '(✘|error:|Test run with|Executed [0-9]+ test)' "$work/test.log" | tail -20 || true
[ "$status" = 0 ] || { tail -60 "$work/test.log"; fail "swift test failed in the copy (exit $status)"; }
step "checking that the health examples ran"
swift test --skip-build --filter PluginExampleTests --verbose > "$work/examples.log" 2>&1 \
    || { tail -50 "$work/examples.log"; fail "PluginExampleTests failed"; }
# Swift Testing names each case of the parameterized example tests: "health example 3 (valid, line 20)"
# (once per test that takes the examples). Every example the template writes must have run and passed.
templated=$(grep -cE '^ *\.(valid|invalid)\(' Plugins/Health/HealthExamples.swift || true)
passed=$(grep -E '✔ Test case .*health example [0-9]+ \((valid|invalid)' "$work/examples.log" \
    | grep -oE 'health example [0-9]+' | sort -u | wc -l)
failed=$(grep -cE '✘ Test case .*health example' "$work/examples.log" || true)
echo "scaffold-check: $passed of the template's $templated health examples passed, $failed failed"
[ "$templated" -ge 11 ] || fail "the template wrote $templated examples, not 11"
[ "$passed" = "$templated" ] && [ "$failed" = 0 ] || { grep -i health "$work/examples.log" | head -20; fail "the health plugin's examples did not all run and pass"; }

step "passed"
