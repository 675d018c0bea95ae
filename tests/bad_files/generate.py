"""The bad-files collection: every kind of broken, hostile or mislabelled input CX Trainer reads,
made fresh into a folder at test time (nothing large or binary is kept in the repository).

Each :class:`BadFile` names the file, which loader (and which command) reads it, a piece of the
one-line error message it must give, and the line that message must name where the file has
lines. ``python tests/bad_files/generate.py FOLDER`` writes the collection to look at; the huge
files are sparse, so they take no disk space.

Kinds and how they are read:

- ``document``: :func:`cx_trainer.documents.load_document`; ``cx-trainer audit FILE``;
- ``policy``: :func:`cx_trainer.policy.load_policy`; ``cx-trainer policy check FILE`` and
  ``cx-trainer audit DOC --policy FILE``;
- ``rule``: :func:`cx_trainer.audit.rules.load_rule_file` (id ``family.name`` from the path);
  ``cx-trainer audit DOC`` with ``CX_TRAINER_RULES`` pointing at the file's rules folder;
- ``module``: :func:`cx_trainer.training.load_module`; ``cx-trainer quiz export FILE``;
- ``gift`` / ``aiken``: :func:`cx_trainer.training.import_gift` / ``import_aiken``;
  ``cx-trainer quiz import FILE``.
"""

from __future__ import annotations

import io
import struct
import sys
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

__all__ = ["BAD_FILES", "KINDS", "BadFile", "make_bad_files", "make_good_document"]

KINDS = ("document", "policy", "rule", "module", "gift", "aiken")
MB = 1024 * 1024


@dataclass(frozen=True)
class BadFile:
    """One bad file of the collection.

    Attributes:
        name: its path inside the collection folder (the suffix decides the loader).
        kind: what reads it (see the module docstring).
        expect: a piece of the one-line message it must produce.
        line: the 1-based line the message must name, when the file has lines.
        write: writes the file at the path given.
        why: what is wrong with it, for people.
    """

    name: str
    kind: str
    expect: str
    line: int | None
    write: Callable[[Path], None]
    why: str


# -- writers -------------------------------------------------------------------------------------


def _bytes(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


def _text(text: str) -> Callable[[Path], None]:
    return lambda path: path.write_text(text, encoding="utf-8")


def _sparse(size: int, head: bytes = b"") -> Callable[[Path], None]:
    """A file of ``size`` bytes written in an instant: ``head``, then a hole (reads as zeros)."""

    def write(path: Path) -> None:
        with path.open("wb") as handle:
            handle.write(head)
            handle.truncate(size)

    return write


_GOOD: dict[str, bytes] = {}


def _good(name: str) -> bytes:
    """A valid document from the test fixtures (letter.docx, flyer.pdf, ...)."""
    if not _GOOD:
        from tests.fixtures.make_documents import make_good

        with tempfile.TemporaryDirectory() as folder:
            _GOOD.update({k: p.read_bytes() for k, p in make_good(Path(folder)).items()})
    return _GOOD[name]


def _half(name: str) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(_good(name)[: len(_good(name)) // 2])


def _copy(name: str) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(_good(name))


def _encrypted_pdf(path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_good("flyer.pdf"))))
    writer.encrypt(user_password="secret", owner_password="owner-secret", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    path.write_bytes(out.getvalue())


def _zip_bomb(path: Path) -> None:
    """A Word package whose document part is 64 MB of zeros compressed a thousand times."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", b"\0" * (64 * MB))
    path.write_bytes(out.getvalue())


def _zip(entries: list[tuple[str, bytes, int, int]]) -> bytes:
    """A ZIP file written by hand: (name, deflated data, CRC-32, the size its headers claim)."""
    body, central = bytearray(), bytearray()
    for name, data, crc, claimed in entries:
        raw_name = name.encode("utf-8")
        offset = len(body)
        fields = (zipfile.ZIP_DEFLATED, 0, 0x21, crc, len(data), claimed, len(raw_name), 0)
        body += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, *fields) + raw_name + data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, *fields, 0, 0, 0, 0, offset)
        central += raw_name
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), len(body), 0)
    return bytes(body + central + end)


def _deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()


def _lying_zip_bomb(path: Path) -> None:
    """A zip bomb that lies: its headers claim 1,000 bytes, the stream unpacks to 64 MB."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = b"\0" * MB
    stream = b"".join(compressor.compress(chunk) for _ in range(64)) + compressor.flush()
    source = zipfile.ZipFile(io.BytesIO(_good("letter.docx")))
    entries = []
    for info in source.infolist():
        data = source.read(info)
        if info.filename == "word/document.xml":
            entries.append((info.filename, stream, zlib.crc32(b"\0" * 1000), 1000))
        else:
            entries.append((info.filename, _deflate(data), zlib.crc32(data), len(data)))
    path.write_bytes(_zip(entries))


def _many_parts(path: Path) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as package:
        package.writestr("word/document.xml", "<w:document/>")
        for i in range(10_001):
            package.writestr(f"p/{i}", b"")
    path.write_bytes(out.getvalue())


def _entity_expansion_docx(path: Path) -> None:
    """A Word file whose document.xml defines entities that expand exponentially."""
    source = zipfile.ZipFile(io.BytesIO(_good("letter.docx")))
    entities = '<!ENTITY l0 "lol">' + "".join(
        f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10)
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                head, rest = data.decode("utf-8").split("?>", 1)
                rest = rest.replace("Thank you for shopping with us.", "&l9;")
                data = (head + "?><!DOCTYPE w:document [" + entities + "]>" + rest).encode("utf-8")
            package.writestr(info.filename, data)
    path.write_bytes(out.getvalue())


def _deep_html(levels: int) -> bytes:
    return ("<html><body>" + "<div>" * levels + "Delivery is guaranteed." + "</div>" * levels).encode()


def billion_laughs(prefix: str = "") -> str:
    """YAML whose aliases would expand to a billion strings (9 levels of 10), after ``prefix``."""
    lines = [prefix + 'lol0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n']
    for i in range(1, 10):
        lines.append(f"lol{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 10) + "]\n")
    return "".join(lines)


def _bad_text_line(line: int) -> bytes:
    """UTF-8 text with one Latin-1 byte on ``line``."""
    lines = [b"Thank you for your order.\n"] * (line - 1)
    return b"".join(lines) + "Lieferung in Kürze.\n".encode("latin-1")


_POLICY_HEAD = "organization: Nordlys Outdoor AS\nlanguage: en\n"
_MODULE = """id: {id}
title: A small module
language: en
summary: One section, two questions.
pass_mark: 70
sections:
  - id: basics
    title: Basics
    body: Promise only what you can keep.
questions:
  - id: q1
    kind: true_false
    section: basics
    prompt: A vague "soon" sets a clear expectation.
    answer: false
    explanation: It does not say when.
  - id: {second}
    kind: true_false
    section: basics
    prompt: Customers compare what you promise with what they get.
    answer: true
    explanation: They do.
"""


# -- the collection ------------------------------------------------------------------------------

BAD_FILES: tuple[BadFile, ...] = (
    # documents
    BadFile("documents/empty.txt", "document", "empty", None, _bytes(b""), "no bytes at all"),
    BadFile("documents/blank.md", "document", "empty", None, _bytes(b" \n\t\n"), "white space only"),
    BadFile("documents/binary.txt", "document", "binary", None, _bytes(bytes(range(256)) * 8), "every byte value"),
    BadFile("documents/html-with-binary.txt", "document", "binary", None,
            _bytes(b"<html><body><p>Hello</p>\x00\x01\x02\xff</body></html>"), "HTML named .txt, with NUL bytes"),
    BadFile("documents/latin1.txt", "document", "not valid UTF-8", 3, _bytes(_bad_text_line(3)),
            "Latin-1 text, not UTF-8, the bad byte on line 3"),
    BadFile("documents/pdf-named.docx", "document", "not a valid .docx", None, _copy("flyer.pdf"),
            "a PDF with a .docx name"),
    BadFile("documents/docx-named.pdf", "document", "not a PDF", None, _copy("letter.docx"),
            "a Word file with a .pdf name"),
    BadFile("documents/truncated.docx", "document", "not a valid .docx", None, _half("letter.docx"),
            "the first half of a Word file"),
    BadFile("documents/truncated.pdf", "document", "truncated", None, _half("flyer.pdf"),
            "the first half of a PDF"),
    BadFile("documents/huge.txt", "document", "too large", None, _sparse(50 * MB, b"Hello.\n"),
            "50 MB, over the 20 MB limit (sparse)"),
    BadFile("documents/huge.pdf", "document", "too large", None, _sparse(21 * MB, b"%PDF-1.4\n"),
            "21 MB, just over the limit (sparse)"),
    BadFile("documents/deep.html", "document", "nested too deeply", 1, _bytes(_deep_html(100_000)),
            "100,000 nested divs"),
    BadFile("documents/bomb.docx", "document", "zip bomb", None, _zip_bomb,
            "a part compressed 1,000 times (64 MB of zeros)"),
    BadFile("documents/lying-bomb.docx", "document", "cannot be read", None, _lying_zip_bomb,
            "a zip bomb whose headers claim 1,000 bytes"),
    BadFile("documents/many-parts.docx", "document", "too many parts", None, _many_parts,
            "10,002 parts in one package"),
    BadFile("documents/entities.docx", "document", "cannot be read", None, _entity_expansion_docx,
            "XML entities that expand exponentially (billion laughs)"),
    BadFile("documents/encrypted.pdf", "document", "password-protected", None, _encrypted_pdf,
            "AES-256 with a user password"),
    BadFile("documents/not-mail.eml", "document", "not an email", None,
            _text("Just a few words.\nNothing else.\n"), "plain text named .eml"),
    BadFile("documents/no-extension", "document", "unsupported file type", None, _text("Hello.\n"),
            "a file without a suffix"),
    # policy sheets
    BadFile("policies/invalid-yaml.yml", "policy", "invalid YAML", 5,
            _text(_POLICY_HEAD + "returns:\n  window: [30 days\n"), "an unclosed bracket"),
    BadFile("policies/duplicate-key.yml", "policy", "duplicate key", 5,
            _text(_POLICY_HEAD + "returns:\n  window: 30 days\n  window: 14 days\n"), "a key given twice"),
    BadFile("policies/billion-laughs.yml", "policy", "aliases", 2, _text(billion_laughs()),
            "aliases that expand exponentially"),
    BadFile("policies/binary.yml", "policy", "binary", None, _bytes(b"returns:\x00\x01\x02\n"), "NUL bytes"),
    BadFile("policies/not-a-mapping.yml", "policy", "must be a mapping", 1, _text("- 30 days\n- 4.90 EUR\n"),
            "a list, not a mapping"),
    BadFile("policies/unknown-key.yml", "policy", "unknown key 'colour'", 5,
            _text(_POLICY_HEAD + "returns:\n  window: 30 days\n  colour: blue\n"), "an unknown key"),
    BadFile("policies/bad-duration.yml", "policy", "cannot read 'thirty-ish days'", 4,
            _text(_POLICY_HEAD + "returns:\n  window: thirty-ish days\n"), "a duration in no known words"),
    BadFile("policies/negative-amount.yml", "policy", "cannot read '-4.90 EUR'", 4,
            _text(_POLICY_HEAD + "shipping:\n  cost: -4.90 EUR\n"), "a negative amount"),
    BadFile("policies/wrong-currency.yml", "policy", "cannot read '4.90 doubloons'", 4,
            _text(_POLICY_HEAD + "shipping:\n  cost: 4.90 doubloons\n"), "no ISO currency"),
    BadFile("policies/money-as-duration.yml", "policy", "needs an amount of money", 4,
            _text(_POLICY_HEAD + "shipping:\n  cost: 30 days\n"), "a duration where money belongs"),
    BadFile("policies/bad-hours.yml", "policy", "cannot read 'Mon-Fri 25:00-16:00'", 5,
            _text(_POLICY_HEAD + "support:\n  response_time: 24 hours\n  hours: Mon-Fri 25:00-16:00\n"),
            "an hour that does not exist"),
    BadFile("policies/wrong-type.yml", "policy", "must be a single value", 4,
            _text(_POLICY_HEAD + "returns:\n  window: [30, days]\n"), "a list where a value belongs"),
    BadFile("policies/section-not-mapping.yml", "policy", "'warranty' must hold keys", 3,
            _text(_POLICY_HEAD + "warranty: 2 years\n"), "a value where a section belongs"),
    BadFile("policies/unknown-language.yml", "policy", "unknown language 'fr'", 2,
            _text("organization: X\nlanguage: fr\n"), "a language the parser does not read"),
    # rule files (rules/<family>/<name>.yml; each in a rules folder of its own)
    BadFile("rules-billion-laughs/jargon/lol.yml", "rule", "aliases", 3,
            _text(billion_laughs("kind: phrases\n")), "aliases that expand exponentially"),
    BadFile("rules-unknown-kind/jargon/telepathy.yml", "rule", "unknown or missing kind 'telepathy'", 1,
            _text("kind: telepathy\nmessage: m\n"), "a check kind that does not exist"),
    BadFile("rules-invalid-yaml/jargon/broken.yml", "rule", "invalid YAML", 4,
            _text("kind: phrases\nmessage: m\nentries: {en: [\n"), "an unclosed bracket"),
    # training modules
    BadFile("modules/duplicate-ids/en.yml", "module", "question id 'q1' is used twice", 17,
            _text(_MODULE.format(id="duplicate-ids", second="q1")), "two questions with one id"),
    BadFile("modules/billion-laughs/en.yml", "module", "aliases", 4,
            _text(billion_laughs("id: billion-laughs\ntitle: x\n")), "aliases that expand exponentially"),
    BadFile("modules/invalid-yaml/en.yml", "module", "invalid YAML", 3,
            _text("id: invalid-yaml\ntitle: [unclosed\n"), "an unclosed bracket"),
    BadFile("modules/binary/en.yml", "module", "binary", None, _bytes(b"id: binary\n\x00\x00"), "NUL bytes"),
    # quiz files to import
    BadFile("quiz/unclosed.gift", "gift", "", 3,
            _text("// a comment\n\n::Q1:: Which window applies? {=30 days ~14 days\n"), "an unclosed answer block"),
    BadFile("quiz/binary.gift", "gift", "binary", None, _bytes(b"::Q1:: x {T}\x00\x00\x00"), "NUL bytes"),
    BadFile("quiz/huge.gift", "gift", "too large", None, _sparse(6 * MB, b"::Q:: x {T}\n"),
            "6 MB, over the 5 MB limit (sparse)"),
    BadFile("quiz/no-answer.aiken", "aiken", "no ANSWER line", 1,
            _text("Which window applies?\nA) 30 days\nB) 14 days\n"), "a question without ANSWER"),
    BadFile("quiz/latin1.aiken", "aiken", "not valid UTF-8", 2,
            _bytes(b"Q\nR\xfcckgabe?\nA) x\nB) y\nANSWER: A\n"), "Latin-1, not UTF-8"),
)  # fmt: skip


def make_bad_files(folder: Path, kinds: tuple[str, ...] = KINDS) -> dict[str, tuple[BadFile, Path]]:
    """Write the collection (or the given kinds of it) below ``folder``.

    Returns:
        name -> (the BadFile, the path written).
    """
    out: dict[str, tuple[BadFile, Path]] = {}
    for bad in BAD_FILES:
        if bad.kind not in kinds:
            continue
        path = folder / bad.name
        path.parent.mkdir(parents=True, exist_ok=True)
        bad.write(path)
        out[bad.name] = (bad, path)
    return out


def make_good_document(folder: Path) -> Path:
    """A small good document, for commands that need one beside a bad input."""
    path = folder / "good.txt"
    path.write_text("We reply to every message within 24 hours.\n", encoding="utf-8")
    return path


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("bad-files")
    made = make_bad_files(target)
    for name, (bad, _path) in made.items():
        print(f"{name:45s} {bad.why}")
    print(f"wrote {len(made)} bad files below {target}")
