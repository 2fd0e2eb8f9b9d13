"""The package works as an installed wheel, outside the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import textwrap
from pathlib import Path

from analysis.core.paths import PROJECT_DIR

SCRIPT = textwrap.dedent(
    """
    import sys
    import analysis
    assert "site-packages" in analysis.__file__ and sys.argv[1] not in analysis.__file__, analysis.__file__
    article = analysis.load_article(None)  # the seed, shipped as package data
    tables = analysis.analyse(article).tables()
    assert len(tables["quotes"]) > 5 and len(tables["speakers"]) > 5
    print("wheel ok", len(tables))
    """
)


# Nothing of the calling environment may point back at the checkout.
CLEAN_ENV = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "ANALYSIS_NLTK_DATA"}}


def _run(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    kwargs.setdefault("env", CLEAN_ENV)
    result = subprocess.run(args, capture_output=True, text=True, **kwargs)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return result


def test_a_built_wheel_runs_the_seed_pipeline_outside_the_checkout(tmp_path):
    wheels = tmp_path / "wheels"
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
          "-q", "-w", str(wheels), str(PROJECT_DIR)])  # fmt: skip
    (wheel,) = wheels.glob("*.whl")
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", str(venv)])
    python = venv / "bin" / "python"
    # Only the wheel is installed; its dependencies are the project's pinned ones, reached
    # through a path file (no network in tests), not the checkout's editable install.
    _run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)])
    site = _run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"])
    Path(site.stdout.strip(), "project-dependencies.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n"
    )
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {**CLEAN_ENV, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    result = _run([str(python), "-c", SCRIPT, str(PROJECT_DIR)], cwd=outside, env=env)
    assert "wheel ok" in result.stdout
    assert (tmp_path / "cache" / "news-analysis" / "nltk_data").is_dir()
