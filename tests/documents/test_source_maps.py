"""Property: every word of an extracted text maps back to where it stands in the source."""

from __future__ import annotations

import html as html_module
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from cx_trainer.documents import Document
from cx_trainer.documents.html_loader import html_to_text

_WORDS = st.sampled_from(["refund", "Größe", "blåbær", "days", "instant", "ok", "Tromsø", "a&b", "x<y", "“quoted”"])
_GAPS = st.sampled_from([" ", "  ", "\n", "\n   ", "\t"])
_WRAPS = st.sampled_from(["p", "li", "td", "h2", "span", "b", "div", "button"])


@st.composite
def _pages(draw: st.DrawFn) -> tuple[str, list[str]]:
    blocks = []
    words_out: list[str] = []
    for _ in range(draw(st.integers(1, 6))):
        words = draw(st.lists(_WORDS, min_size=1, max_size=6))
        words_out.extend(words)
        escape = draw(st.booleans())
        inner = "".join(
            (html_module.escape(w, quote=False) if escape or "<" in w else w.replace("&", "&amp;"))
            + draw(_GAPS)
            for w in words
        )
        tag = draw(_WRAPS)
        comment = draw(st.sampled_from(["", "<!-- hidden words -->", '<span hidden>gone</span>']))
        blocks.append(f"<{tag}>{comment}{inner}</{tag}>" + draw(_GAPS))
    return "<html><body>\n" + "".join(blocks) + "</body></html>\n", words_out


@settings(max_examples=60, deadline=None)
@given(_pages())
def test_html_words_map_to_their_source(page: tuple[str, list[str]]) -> None:
    source, words = page
    extracted = html_to_text(source)
    doc = Document(path="p.html", text=extracted.builder.text(), source_map=extracted.builder.source_map())
    assert "hidden words" not in doc.text and "gone" not in doc.text
    lines = source.split("\n")
    for m in re.finditer(r"[A-Za-zäöüßåøæ]{2,}", doc.text):
        line, column = doc.position(m.start())
        assert lines[line - 1][column - 1 :].startswith(m.group()), (m.group(), line, column)
