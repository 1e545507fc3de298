"""Start-up failures a maintainer meets first: each is one line naming what to fix, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.botapi.server import BotApiStandIn
from tests.e2e.harness import BotProcess, free_port

TOO_LONG = 60.0


def _run_once(process: BotProcess, **settings: str) -> tuple[int, str]:
    env = process.env() | settings
    done = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        cwd=process.folder,
        env=env,
        capture_output=True,
        timeout=TOO_LONG,
        check=False,
    )
    return done.returncode, done.stderr.decode("utf-8", errors="replace")


def test_an_unreachable_bot_api_is_one_line_and_a_retryable_exit(
    standin: BotApiStandIn, tmp_path: Path
) -> None:
    nowhere = f"http://127.0.0.1:{free_port()}/bot"
    code, stderr = _run_once(BotProcess(standin, tmp_path), BOT_API_BASE_URL=nowhere)
    assert code == 69
    assert "Traceback" not in stderr
    assert "could not be reached" in stderr and "BOT_API_BASE_URL" in stderr
    assert standin.token not in stderr


def test_a_token_telegram_refuses_is_a_setting_error(standin: BotApiStandIn, tmp_path: Path) -> None:
    refused = "123456789:" + "B" * 35
    code, stderr = _run_once(BotProcess(standin, tmp_path), BOT_TOKEN=refused)
    assert code == 2
    assert "Traceback" not in stderr
    assert "Telegram refused BOT_TOKEN" in stderr
    assert refused not in stderr
