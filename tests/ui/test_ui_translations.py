"""The shipped translations: complete, in step with the code, placeholders intact, compiled."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTranslator

from cx_trainer.ui.i18n import translations_dir

ROOT = Path(__file__).resolve().parents[2]
UI_FILES = sorted(
    p for p in (ROOT / "cx_trainer" / "ui").glob("*.py") if not p.name.startswith("training")
)
PLACEHOLDER = re.compile(r"%\d|%n")


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(path)
    out = []
    for ctx in tree.getroot().findall("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.findall("message"):
            out.append((name, msg.findtext("source") or "", msg))
    return out


def forms(msg: ET.Element) -> list[str]:
    tr = msg.find("translation")
    assert tr is not None
    if msg.get("numerus") == "yes":
        return [f.text or "" for f in tr.findall("numerusform")]
    return [tr.text or ""]


@pytest.mark.parametrize("lang", ["de", "nb"])
def test_every_message_is_translated_with_its_placeholders(lang: str) -> None:
    found = messages(translations_dir() / f"cx_trainer_{lang}.ts")
    assert len(found) > 200
    for context, source, msg in found:
        tr = msg.find("translation")
        assert tr is not None and tr.get("type") not in ("unfinished", "obsolete", "vanished"), (context, source)
        for text in forms(msg):
            assert text.strip(), (context, source)
            assert sorted(set(PLACEHOLDER.findall(text))) == sorted(set(PLACEHOLDER.findall(source))), (
                context,
                source,
                text,
            )
            assert ("&" in text) == ("&" in source.replace("&&", "")), (context, source, text)


@pytest.mark.parametrize("lang", ["en", "de", "nb"])
def test_compiled_files_match_the_sources(lang: str, qapp: Any) -> None:
    translator = QTranslator()
    assert translator.load(f"cx_trainer_{lang}", str(translations_dir()))
    for context, source, msg in messages(translations_dir() / f"cx_trainer_{lang}.ts"):
        if msg.find("translation") is None or msg.find("translation").get("type") == "unfinished":  # type: ignore[union-attr]
            continue
        if msg.get("numerus") == "yes":
            expected = forms(msg)[-1]
            assert translator.translate(context, source, None, 5) == expected, (context, source)
        else:
            assert translator.translate(context, source) == forms(msg)[0], (context, source)


def test_the_code_has_no_string_missing_from_the_translations(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    tool = str(lupdate) if lupdate.exists() else shutil.which("pyside6-lupdate")
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / "cx_trainer_de.ts"
    shutil.copy(translations_dir() / "cx_trainer_de.ts", copy)
    result = subprocess.run(
        [tool, *map(str, UI_FILES), "-ts", str(copy)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    new = [(c, s) for c, s, m in messages(copy) if m.find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]
    assert new == [], "run the update in resources/translations/README.md"
