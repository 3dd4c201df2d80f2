"""The evaluation report of ``eval --report``: one self-contained HTML page (inline CSS and SVG, no script, no network).

Input is what :func:`assistant.evaluate.evaluate` returns for each FAQ set; nothing here runs the assistant.
Every text that comes from a set or an answer is escaped.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from assistant.errors import InputFileError
from assistant.evaluate import CurvePoint, Outcome, Report, risk_coverage

COLOURS = ("#1f6fb2", "#c2410c", "#15803d", "#7e22ce", "#b91c1c", "#0f766e", "#a16207", "#be185d")

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif;
 margin:0 auto;max-width:1200px;padding:1.5rem;color:#1b1f24;line-height:1.45}
h1{font-size:1.6rem;margin:.2rem 0} h2{font-size:1.25rem;margin-top:2.2rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem}
h3{font-size:1.05rem;margin-top:1.4rem} .meta{color:#57606a;font-size:.9rem}
table{border-collapse:collapse;margin:.6rem 0;font-size:.92rem} th,td{border:1px solid #d0d7de;padding:.3rem .55rem;text-align:left}
th{background:#f6f8fa} td.n{text-align:right;font-variant-numeric:tabular-nums} tr.all td{font-weight:600}
dl.terms{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;font-size:.9rem;color:#3d444d}
dl.terms dt{font-weight:600}
.fail{border:1px solid #d0d7de;border-left:5px solid #d97706;border-radius:6px;padding:.6rem .8rem;margin:.8rem 0}
.fail.wrong{border-left-color:#b91c1c} .fail header{display:flex;gap:.6rem;flex-wrap:wrap;align-items:baseline}
.badge{font-size:.78rem;padding:.05rem .45rem;border-radius:1rem;background:#fde68a} .wrong .badge{background:#fecaca}
.id{font-family:ui-monospace,monospace;font-weight:600} .type{color:#57606a} .why{color:#b91c1c;font-size:.9rem;margin:.3rem 0}
.q{font-size:1.02rem;margin:.35rem 0} .turn{color:#57606a;font-size:.88rem;margin:.1rem 0}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:.8rem} @media (max-width:760px){.cols{grid-template-columns:1fr}}
.cols h4,.fail h4{margin:.3rem 0;font-size:.85rem;color:#57606a;text-transform:uppercase;letter-spacing:.03em}
.facts{font-family:ui-monospace,monospace;font-size:.82rem;color:#3d444d;margin:.1rem 0}
pre{white-space:pre-wrap;word-break:break-word;background:#f6f8fa;padding:.45rem .6rem;border-radius:4px;margin:.2rem 0;font-size:.88rem}
.chips{display:flex;flex-wrap:wrap;gap:.3rem;margin:.3rem 0} .chip{border:1px solid #d0d7de;border-radius:4px;padding:.05rem .4rem;font-size:.85rem}
.chip b{color:#57606a;font-weight:500;margin-right:.3rem} .chip.unknown{border-color:#b91c1c} .chip.refusal{border-color:#d97706}
.legend{display:flex;gap:1rem;flex-wrap:wrap;font-size:.9rem} .legend span::before{content:"";display:inline-block;width:.9rem;height:.25rem;
 margin-right:.35rem;vertical-align:middle;background:var(--c)}
svg text{font-size:11px;fill:#3d444d} .none{color:#57606a}
"""


@dataclass(frozen=True)
class Tally:
    """Counts for a group of outcomes (a set, a type, or everything)."""

    items: int
    passed: int
    given: int
    wrong: int

    @property
    def accuracy(self) -> float:
        return self.passed / self.items if self.items else 0.0

    @property
    def wrong_rate(self) -> float:
        return self.wrong / self.items if self.items else 0.0

    @property
    def precision(self) -> float:
        return (self.given - self.wrong) / self.given if self.given else 1.0


def tally(outcomes: Iterable[Outcome]) -> Tally:
    """Items, passed, answers given and wrong answers given among ``outcomes``."""
    xs = list(outcomes)
    return Tally(len(xs), sum(o.passed for o in xs), sum(not o.refused for o in xs), sum(o.wrong for o in xs))


def curve(outcomes: Iterable[Outcome]) -> list[CurvePoint]:
    """Risk–coverage over the answers given, by confidence (support for answers found by search, 1 for exact ones)."""
    return risk_coverage((o.confidence, o.passed) for o in outcomes if not o.refused)


def _num(key: str, value: str) -> str:
    return f'<td class="n" data-k="{key}">{escape(value)}</td>'


def _tally_cells(t: Tally) -> str:
    return "".join((
        _num("items", str(t.items)), _num("passed", str(t.passed)), _num("accuracy", f"{t.accuracy:.3f}"),
        _num("given", str(t.given)), _num("wrong", str(t.wrong)), _num("wrong_rate", f"{t.wrong_rate:.1%}"),
        _num("precision", f"{t.precision:.3f}")))


TALLY_HEAD = ("<th>items</th><th>passed</th><th>accuracy</th><th>answers given</th><th>wrong answers given</th>"
              "<th>wrong / items</th><th>precision of answers given</th>")


def _summary(runs: Sequence[tuple[str, Report]]) -> str:
    rows = [f'<tr data-set="{escape(name)}"><td>{escape(name)}</td>{_tally_cells(tally(rep.outcomes))}</tr>' for name, rep in runs]
    if len(runs) > 1:
        everything = tally(o for _, rep in runs for o in rep.outcomes)
        rows.append(f'<tr class="all" data-set="all"><td>all sets</td>{_tally_cells(everything)}</tr>')
    return f'<table id="summary"><thead><tr><th>set</th>{TALLY_HEAD}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _by_type(name: str, rep: Report) -> str:
    kinds: dict[str, list[Outcome]] = {}
    for o in rep.outcomes:
        kinds.setdefault(o.type, []).append(o)
    rows = [f'<tr data-type="{escape(k)}"><td>{escape(k)}</td>{_tally_cells(tally(kinds[k]))}</tr>' for k in sorted(kinds)]
    return (f'<table class="by-type" data-set="{escape(name)}"><thead><tr><th>type</th>{TALLY_HEAD}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>')


def _chart(series: Sequence[tuple[str, list[CurvePoint]]]) -> str:
    """Risk (wrong share of the answers kept) against coverage (share of the answers given that are kept), one line per set."""
    w, h, left, top, right, bottom = 640, 340, 56, 14, 16, 44
    pw, ph = w - left - right, h - top - bottom
    kept_points = [p for _, pts in series for p in pts if p.answered]
    worst = max((p.risk for p in kept_points), default=0.0)
    ymax = next(m for m in (0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 1.0) if worst <= m)
    xmin = min(0.8, math.floor(min((p.coverage for p in kept_points), default=0.0) * 5) / 5)  # the axis starts at a fifth below the data

    def xy(p: CurvePoint) -> tuple[float, float]:
        return left + (p.coverage - xmin) / (1 - xmin) * pw, top + ph - min(p.risk, ymax) / ymax * ph

    out = [f'<svg id="risk-coverage" xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" '
           'aria-label="risk against coverage">', f'<rect x="{left}" y="{top}" width="{pw}" height="{ph}" fill="#fff" stroke="#d0d7de"/>']
    for i in range(6):
        x, y = left + pw * i / 5, top + ph - ph * i / 5
        out.append(f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{top + ph}" stroke="#eef1f4"/>'
                   f'<text x="{x:.1f}" y="{top + ph + 15}" text-anchor="middle">{xmin + (1 - xmin) * i / 5:.2g}</text>')
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + pw}" y2="{y:.1f}" stroke="#eef1f4"/>'
                   f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{ymax * i / 5:.3g}</text>')
    out.append(f'<text x="{left + pw / 2}" y="{h - 6}" text-anchor="middle">coverage (share of the answers given that are kept)</text>')
    out.append(f'<text x="14" y="{top + ph / 2}" text-anchor="middle" transform="rotate(-90 14 {top + ph / 2})">risk (1 − precision)</text>')
    for i, (name, pts) in enumerate(series):
        colour = COLOURS[i % len(COLOURS)]
        kept = [p for p in pts if p.answered]
        line = " ".join(f"{x:.1f},{y:.1f}" for x, y in map(xy, kept))
        out.append(f'<g data-set="{escape(name)}"><polyline fill="none" stroke="{colour}" stroke-width="2" points="{line}"/>')
        for p in kept:
            x, y = xy(p)
            out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{colour}"><title>{escape(name)} — threshold {p.threshold:.2f}: '
                       f'coverage {p.coverage:.3f}, precision {p.precision:.3f} ({p.answered} kept, {p.wrong} wrong)</title></circle>')
        out.append("</g>")
    out.append("</svg>")
    legend = "".join(f'<span style="--c:{COLOURS[i % len(COLOURS)]}">{escape(n)}</span>' for i, (n, _) in enumerate(series))
    return "".join(out) + f'<div class="legend">{legend}</div>'


def _curve_table(name: str, pts: list[CurvePoint]) -> str:
    rows = "".join(f"<tr>{_num('threshold', f'{p.threshold:.2f}')}{_num('coverage', f'{p.coverage:.3f}')}"
                   f"{_num('precision', f'{p.precision:.3f}')}{_num('kept', str(p.answered))}{_num('wrong', str(p.wrong))}</tr>" for p in pts)
    return (f'<details><summary>{escape(name)}: the curve as numbers</summary><table class="curve" data-set="{escape(name)}">'
            "<thead><tr><th>confidence ≥</th><th>coverage</th><th>precision</th><th>answers kept</th><th>wrong</th></tr></thead>"
            f"<tbody>{rows}</tbody></table></details>")


def _expected(exp: dict[str, Any]) -> str:
    parts = []
    refuse = exp.get("refuse")
    if refuse == "either":
        parts.append("a refusal, or an answer that passes the checks below")
    elif refuse:
        parts.append("a refusal")
    if exp.get("gold_tasks") is not None:
        how = "exactly the tasks" if exp.get("match") == "set" else "first task one of"
        parts.append(f"{how} {', '.join(map(str, exp['gold_tasks'])) or '(none)'}")
    if exp.get("must_contain"):
        parts.append("containing " + "; ".join(" or ".join(f"“{a}”" for a in str(g).split("|")) for g in exp["must_contain"]))
    if exp.get("must_not_contain"):
        parts.append("not containing " + ", ".join(f"“{b}”" for b in exp["must_not_contain"]))
    if not parts:
        parts.append("an answer (not a refusal)")
    return "".join(f"<li>{escape(p)}</li>" for p in parts)


def _understood(spans: Any) -> str:
    if not isinstance(spans, list) or not spans:
        return '<p class="none">(no understood spans: the answer did not come from a parsed question)</p>'
    chips = []
    for s in spans:
        if isinstance(s, dict):
            kind = str(s.get("as", ""))
            css = kind if kind in ("unknown", "refusal") else ""
            chips.append(f'<span class="chip {css}"><b>{escape(kind)}</b>{escape(str(s.get("text", "")))}</span>')
    return f'<div class="chips">{"".join(chips)}</div>'


def _failure(o: Outcome) -> str:
    given = o.given
    kind = "wrong answer given" if o.wrong else "refused"
    turns = "".join(f'<p class="turn">{escape(str(t.get("role", "?")))}: {escape(str(t.get("content", "")))}</p>' for t in o.history)
    facts = [f"route {given.get('route', '?')}"]
    if given.get("tasks"):
        facts.insert(0, "tasks " + ", ".join(map(str, given["tasks"])))
    if given.get("support") is not None:
        facts.append(f"support {given['support']}")
    if o.refused:
        facts.insert(0, "refused")
    return (f'<article class="fail{" wrong" if o.wrong else ""}" data-id="{escape(o.id)}"><header><span class="id">{escape(o.id)}</span>'
            f'<span class="type">{escape(o.type)}</span><span class="badge">{kind}</span></header>'
            f'<p class="why">{escape("; ".join(o.why))}</p>{turns}<p class="q">{escape(o.question) or "<i>(empty question)</i>"}</p>'
            f'<div class="cols"><div><h4>expected</h4><ul>{_expected(o.expected)}</ul></div>'
            f'<div><h4>given</h4><p class="facts">{escape(" · ".join(facts))}</p><pre>{escape(str(given.get("answer", "")))}</pre></div></div>'
            f"<h4>understood</h4>{_understood(given.get('understood'))}</article>")


def render(runs: Sequence[tuple[str, Report]], *, today: str = "", settings_note: str = "", generated: dt.datetime | None = None) -> str:
    """The whole page for the sets in ``runs`` (name, scored report), in the order given."""
    when = (generated or dt.datetime.now(dt.UTC)).strftime("%Y-%m-%d %H:%M UTC")
    meta = [f"generated {when}", f"{len(runs)} set(s)"]
    if today:
        meta.append(f"today = {today}")
    if settings_note:
        meta.append(settings_note)
    series = [(name, curve(rep.outcomes)) for name, rep in runs]
    if len(runs) > 1:
        series.append(("all sets", curve(o for _, rep in runs for o in rep.outcomes)))
    body = [f"<h1>Evaluation report</h1><p class='meta'>{escape(' · '.join(meta))}</p>",
            _summary(runs),
            "<dl class='terms'><dt>accuracy</dt><dd>passed / items: an item passes when every check it carries holds "
            "(docs/faq-format.md)</dd><dt>answers given</dt><dd>answers that are not refusals</dd>"
            "<dt>wrong answers given</dt><dd>failed items whose answer was not a refusal: a confident wrong answer</dd>"
            "<dt>precision of answers given</dt><dd>(answers given − wrong answers given) / answers given</dd></dl>",
            "<h2>Risk and coverage</h2><p>Each answer given has a confidence: its <code>support</code> (the share of the question's "
            "content words its task covers) when it was found by search, 1 when it was computed exactly by the rules. Keeping only "
            "the answers whose confidence reaches a threshold (0, 0.05, … 1) trades coverage (the share of the answers given that are "
            "kept) against risk (the share of the kept answers that are wrong). Answers below the operating point were already "
            "refused, so the curve starts at this run's precision; exact answers stay at every threshold.</p>",
            _chart(series), *(_curve_table(n, pts) for n, pts in series)]
    for name, rep in runs:
        fails = [o for o in rep.outcomes if not o.passed]
        wrong = sum(o.wrong for o in fails)
        body.append(f'<section data-set="{escape(name)}"><h2>{escape(name)}</h2><h3>By type</h3>{_by_type(name, rep)}'
                    f"<h3>Failures: {len(fails)} ({wrong} wrong answers given, {len(fails) - wrong} refusals)</h3>")
        body.extend(_failure(o) for o in fails)
        if not fails:
            body.append('<p class="none">No failures.</p>')
        body.append("</section>")
    return ("<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><meta name='viewport' content='width=device-width, initial-scale=1'>"
            f"<title>Evaluation report</title><style>{CSS}</style></head><body>{''.join(body)}</body></html>\n")


def write(path: Path, page: str) -> None:
    """Write the page; a path that cannot be written is a one-line error."""
    try:
        path.write_text(page, encoding="utf-8", errors="backslashreplace")
    except OSError as err:
        raise InputFileError(f"cannot write the report to {path} ({err.strerror}); check the path") from err
