"""Settings fail fast with one line that says what to set."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.settings import Settings, SettingsError

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("env", "says"),
    [
        ({}, "Set BOT_TOKEN"),
        ({"BOT_TOKEN": "not-a-token"}, "BOT_TOKEN does not look like a bot token"),
        ({"BOT_TOKEN": "123456789:" + "A" * 35, "BOT_LOG_LEVEL": "LOUD"}, "BOT_LOG_LEVEL"),
    ],
)
def test_bad_settings_fail_with_one_line(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], says: str
) -> None:
    monkeypatch.delenv("BOT_TOKEN", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    with pytest.raises(SettingsError) as caught:
        Settings.load(env_file=None)
    assert says in str(caught.value)
    assert "\n" not in str(caught.value)


def test_webhook_mode_needs_url_and_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_TOKEN", "123456789:" + "A" * 35)
    with pytest.raises(SettingsError, match="BOT_WEBHOOK_URL"):
        Settings.load(webhook=True, env_file=None)
    monkeypatch.setenv("BOT_WEBHOOK_URL", "https://bot.example.org/hook")
    with pytest.raises(SettingsError, match="BOT_WEBHOOK_SECRET"):
        Settings.load(webhook=True, env_file=None)


def test_run_without_a_token_prints_one_line_and_exits_2(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        cwd=tmp_path,
        env={**env, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0
    assert "Set BOT_TOKEN" in done.stderr
    assert "Traceback" not in done.stderr


def _example_names() -> set[str]:
    """Every BOT_ name in deploy/bot.env.example, set or commented out."""
    text = (ROOT / "deploy" / "bot.env.example").read_text(encoding="utf-8")
    return set(re.findall(r"^#?\s*(BOT_[A-Z_]+)=", text, flags=re.MULTILINE))


def test_the_example_environment_names_exactly_the_settings() -> None:
    settings = {f"BOT_{name.upper()}" for name in Settings.model_fields}
    assert _example_names() == settings


def test_the_systemd_unit_verifies(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed here")
    unit = (ROOT / "deploy" / "mt-student-bot.service").read_text(encoding="utf-8")
    assert "StartLimitBurst=" in unit and "StartLimitIntervalSec=" in unit
    # The unit names the installed paths; point them at this machine's Python to verify the rest.
    local = unit.replace("/opt/mt-student-bot/.venv/bin/python", str(Path(sys.executable).resolve()))
    local = local.replace("/opt/mt-student-bot", str(tmp_path))
    path = tmp_path / "mt-student-bot.service"
    path.write_text(local, encoding="utf-8")
    done = subprocess.run([analyze, "verify", str(path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
