"""The code is ruff-clean and ruff-formatted."""

from __future__ import annotations

import subprocess
import sys

from analysis.core.paths import PROJECT_DIR


def ruff(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args], cwd=PROJECT_DIR, capture_output=True, text=True
    )


def test_ruff_check():
    result = ruff("check", ".")
    assert result.returncode == 0, result.stdout


def test_ruff_format():
    result = ruff("format", "--check", ".")
    assert result.returncode == 0, result.stdout
