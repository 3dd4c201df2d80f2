"""The README and docs/: short README with the two commands first, links that resolve, generated parts that are current."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from tests.conftest import ROOT

README = ROOT / "README.md"
DOCS = ROOT / "docs"
PAGES = [README, *sorted(DOCS.glob("*.md"))]
FENCE = re.compile(r"^\s*(```|~~~)")
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")


def _prose(text: str) -> list[str]:
    """The lines outside fenced code blocks, with inline code removed."""
    out, fenced = [], False
    for line in text.splitlines():
        if FENCE.match(line):
            fenced = not fenced
            continue
        if not fenced:
            out.append(re.sub(r"`[^`]*`", "", line))
    return out


def anchors(path: Path) -> set[str]:
    """The #anchors of a Markdown page's headings, as GitHub makes them (lower case, punctuation dropped, spaces to '-', -1, -2 … for repeats)."""
    seen: dict[str, int] = {}
    out = set()
    fenced = False
    for line in path.read_text("utf-8").splitlines():
        if FENCE.match(line):
            fenced = not fenced
            continue
        m = None if fenced else re.match(r"^#{1,6}\s+(.*?)\s*#*\s*$", line)
        if not m:
            continue
        slug = re.sub(r"[^\w\- ]", "", m.group(1).lower()).replace(" ", "-")
        n = seen.get(slug, 0)
        seen[slug] = n + 1
        out.add(slug if n == 0 else f"{slug}-{n}")
    return out


def links(path: Path) -> list[str]:
    """Every link target of a Markdown page (outside code)."""
    return [t for line in _prose(path.read_text("utf-8")) for t in LINK.findall(line)]


def test_readme_is_short_and_starts_with_the_two_commands_ci_runs():
    text = README.read_text("utf-8")
    assert len(text.encode("utf-8")) <= 15_000, f"README.md is {len(text.encode('utf-8'))} bytes; move detail to docs/"
    lines = text.splitlines()
    assert lines[0].startswith("# ") and lines[2] == "```bash", "the commands come right after the title"
    block = lines[3:lines.index("```", 3)]
    assert block[0].startswith("# 1. ") and block[1].startswith("python3 -m venv .venv && . .venv/bin/activate && pip install . && python -m assistant ask ")
    two = block.index(next(x for x in block if x.startswith("# 2. ")))
    ci = (ROOT / ".ci" / "run").read_text("utf-8").strip().splitlines()[-1]
    assert block[two + 1] == ci, "README command 2 and .ci/run differ: CI must run exactly the README's command"


def test_every_relative_link_resolves_to_a_file_and_a_heading():
    problems = []
    for page in PAGES:
        for target in links(page):
            if target.startswith(("http://", "https://", "mailto:")):
                continue
            file, _, anchor = target.partition("#")
            dest = (page.parent / file).resolve() if file else page
            if not (dest.is_relative_to(ROOT) and dest.exists()):
                problems.append(f"{page.relative_to(ROOT)}: {target} is not a file of the repository")
            elif anchor and dest.suffix == ".md" and anchor not in anchors(dest):
                problems.append(f"{page.relative_to(ROOT)}: {target} — no heading '#{anchor}' in {dest.relative_to(ROOT)}")
    assert not problems, "\n".join(problems)


def test_anchors_follow_githubs_rules(tmp_path):
    page = tmp_path / "p.md"
    page.write_text("# A: b, c (d)\n## From a 踩 to a fixed answer\n```\n# not a heading\n```\n## `query`: what\n## A: b, c (d)\n", "utf-8")
    assert anchors(page) == {"a-b-c-d", "from-a-踩-to-a-fixed-answer", "query-what", "a-b-c-d-1"}


def test_every_docs_page_is_linked_from_the_readme():
    linked = {(ROOT / t.partition("#")[0]).resolve() for t in links(README) if not t.startswith(("http://", "https://"))}
    missing = [p.name for p in DOCS.glob("*.md") if p.resolve() not in linked]
    assert not missing, f"docs pages the README does not link: {missing}"


def test_operating_lists_every_setting_in_the_generated_table():
    from assistant.settings import Settings, settings_table

    text = (DOCS / "operating.md").read_text("utf-8")
    for name in Settings.model_fields:
        assert f"LEDGER_{name.upper()}" in text, f"LEDGER_{name.upper()} is not in docs/operating.md"
    for row in settings_table().splitlines():
        assert row in text, f"docs/operating.md settings table is stale (regenerate with python -m assistant.settings): {row}"


def test_readme_examples_are_what_the_assistant_answers(assistant):
    spec = importlib.util.spec_from_file_location("docs_examples", DOCS / "examples.py")
    assert spec and spec.loader
    examples = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(examples)
    assert assistant.settings.today_date() == examples.TODAY
    block = examples.render(lambda q, h: assistant.ask(q, h))
    assert examples.current_block(README.read_text("utf-8")) == block, "README examples are stale: run python docs/examples.py"
    assert block.count("```text") == 5


@pytest.mark.parametrize("name", ["example-report.html"])
def test_example_report_is_self_contained(name):
    page = (DOCS / name).read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'id="summary"' in page and "<svg" in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page) and "<script" not in page and "@import" not in page
