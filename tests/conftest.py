"""Shared fixtures: the seed article and parsers isolated from installed plugins."""

from __future__ import annotations

from pathlib import Path

import pytest

from copydesk import Parser

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (SEEDS / "000_f649a5ac215094b6.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def parser() -> Parser:
    """Built-ins only, so results do not depend on what else is installed."""
    return Parser(entry_points=False)
