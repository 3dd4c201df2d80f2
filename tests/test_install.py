"""The installed product, as a new user gets it: a built wheel in a fresh venv, run from an empty folder.

The wheel is built from a copy of the sources and installed non-editable into a new
venv (``--no-deps``; the dependencies come from this test environment through a
path entry, which keeps the test fast without touching the code under test). The
command then runs with HOME and TMPDIR in temporary folders; everything it writes
must be inside the per-user data folder.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED

pytestmark = pytest.mark.slow


def _tree(root: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``root`` with its size and modification time."""
    return {str(p.relative_to(root)): (p.stat().st_size, p.stat().st_mtime_ns) for p in root.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "README.md", "ui.py"):
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, src / name)
    for folder in ("assistant", "corpus"):
        shutil.copytree(ROOT / folder, src / folder, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    dist = tmp_path_factory.mktemp("dist")
    p = subprocess.run([sys.executable, "-m", "pip", "wheel", str(src), "-w", str(dist), "--no-deps", "--no-build-isolation", "-q"],
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    (whl,) = dist.glob("ledger_assistant-*.whl")
    return whl


def test_wheel_carries_the_seed_ledger_and_the_data(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert f"assistant/seed/{SEED.name}" in names
    assert zipfile.ZipFile(wheel).read(f"assistant/seed/{SEED.name}") == SEED.read_bytes()
    assert {"assistant/data/lexicon.toml", "assistant/data/deadlines.toml", "assistant/data/tables.toml"} <= set(names)
    assert not any(n.startswith(("corpus/", "index/", "tests/")) for n in names)


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh venv with the wheel installed (non-editable); returns the venv folder."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    py = venv / "bin" / "python"
    p = subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps", "-q", str(wheel)],
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    site = Path(subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    # The dependencies: this environment's site-packages, after the venv's own (which holds the wheel's code).
    (site / "zz_test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", "utf-8")
    return venv


def _clean_env(home: Path, tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LEDGER_", "XDG_", "VIRTUAL_ENV", "PYTHON"))}
    return {**env, "HOME": str(home), "TMPDIR": str(tmp)}


def test_installed_command_answers_from_any_folder_and_writes_only_to_the_data_folder(installed, tmp_path, ledger):
    home, cwd, tmp = tmp_path / "home", tmp_path / "somewhere", tmp_path / "tmp"
    for d in (home, cwd, tmp):
        d.mkdir()
    env = _clean_env(home, tmp)
    bin_ = installed / "bin"
    where = subprocess.run([str(bin_ / "python"), "-c", "import assistant; print(assistant.__file__)"],
                           capture_output=True, text=True, env=env, cwd=cwd, check=True).stdout
    assert where.startswith(str(installed)), where  # the wheel's code, not the checkout
    before = _tree(installed)

    p = subprocess.run([str(bin_ / "ledger-assistant"), "ask", "便民接电点什么时候要建成？"],
                       capture_output=True, text=True, env=env, cwd=cwd, timeout=600)
    assert p.returncode == 0, p.stderr
    assert "2026年底前" in p.stdout and "1.2" in p.stdout

    data = home / ".local" / "share" / "ledger-assistant"
    assert list(cwd.iterdir()) == []  # nothing in the folder it ran from
    assert list(tmp.iterdir()) == []  # nor in the temp folder
    assert [x.relative_to(home) for x in home.rglob("*") if x.is_file() and data not in x.parents] == []
    assert (data / "corpus" / SEED.name).read_bytes() == SEED.read_bytes()  # the packaged seed, copied on first use
    assert (data / "index").is_dir()
    assert _tree(installed) == before  # the installation is unchanged

    # Second run, another folder: the index is reused, the JSON answer is the documented one.
    other = tmp_path / "other"
    other.mkdir()
    j = subprocess.run([str(bin_ / "ledger-assistant"), "ask", "便民接电点什么时候要建成？", "--json", "--today", "2026-11-27"],
                       capture_output=True, text=True, env=env, cwd=other, timeout=600)
    assert j.returncode == 0, j.stderr
    ans = json.loads(j.stdout)
    assert ans["deadline"] == "2026年底前" and ans["tasks"][0] == "1.2" and not ans["refused"]
    assert "building the index" not in j.stderr and list(other.iterdir()) == []
    assert _tree(installed) == before

    # A new version of the ledger, ingested from yet another folder, replaces the seed copy in the data folder.
    from tests.documents import write_xlsx

    t = ledger.task("14.1")
    new_text = t.text.replace("确保可靠供电", "确保安全可靠供电")
    edited = dataclasses.replace(ledger, tasks=tuple(dataclasses.replace(x, text=new_text) if x.id == "14.1" else x for x in ledger.tasks))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    doc = write_xlsx(edited, inbox / "ledger-2-v2.xlsx")
    g = subprocess.run([str(bin_ / "ledger-assistant"), "ingest", str(doc)], capture_output=True, text=True, env=env, cwd=other, timeout=600)
    assert g.returncode == 0, g.stderr
    assert "replaced:" in g.stdout and "0 added, 1 updated, 0 removed, 61 unchanged" in g.stdout
    assert sorted(x.name for x in (data / "corpus").iterdir()) == ["ledger-2-v2.xlsx"]
    assert [x.name for x in inbox.iterdir()] == ["ledger-2-v2.xlsx"] and list(other.iterdir()) == []
    c = subprocess.run([str(bin_ / "ledger-assistant"), "ask", "这版台账和上一版有什么变化？"], capture_output=True, text=True, env=env,
                       cwd=other, timeout=600)
    assert c.returncode == 0 and "确保{+安全+}可靠供电" in c.stdout, c.stdout + c.stderr
    assert _tree(installed) == before and list(tmp.iterdir()) == []
    assert [x.relative_to(home) for x in home.rglob("*") if x.is_file() and data not in x.parents] == []


def test_installed_command_names_the_setting_for_a_missing_corpus(installed, tmp_path):
    env = {**_clean_env(tmp_path, tmp_path), "LEDGER_CORPUS_DIR": str(tmp_path / "no-such-folder")}
    p = subprocess.run([str(installed / "bin" / "ledger-assistant"), "ask", "谁负责？"], capture_output=True, text=True, env=env,
                       cwd=tmp_path, timeout=300)
    assert p.returncode == 2 and "LEDGER_CORPUS_DIR" in p.stderr and "Traceback" not in p.stderr
    assert len(p.stderr.strip().splitlines()) == 1
