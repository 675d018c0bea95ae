"""Nothing runs that came from a file, and nothing is fetched.

- The package source (scanned with :mod:`ast`) never unpickles, never calls ``eval``/``exec``/
  ``compile``/``__import__``, never loads YAML with an unsafe loader, never starts a shell, and
  imports modules by name only from its own fixed lists.
- Auditing an HTML page, an email with an HTML part, a Word file and a PDF that point at remote
  images, stylesheets, scripts, frames, ``@import``, external entities, remote templates and
  links, and reading YAML files with Python tags, runs in a subprocess under an audit hook
  (``sys.addaudithook``) that records and blocks every network connection, name lookup, URL
  request, process start and shell command, and every open of a local file an external entity
  names. None happens; the documents are still read.
- lxml's HTML parser is created with ``no_network=True``.
"""

from __future__ import annotations

import ast
import io
import json
import os
import subprocess
import sys
import tempfile
import textwrap
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "cx_trainer"

# -- the source scan -------------------------------------------------------------------------------

_FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__", "breakpoint"}
_FORBIDDEN_ATTRS = {
    ("pickle", "load"), ("pickle", "loads"), ("pickle", "Unpickler"), ("marshal", "load"),
    ("marshal", "loads"), ("shelve", "open"), ("os", "system"), ("os", "popen"),
    ("os", "startfile"),
}  # fmt: skip
# PyYAML is not used at all (its yaml.load builds objects); ruamel's YAML must be typ "rt"/"safe".
_FORBIDDEN_MODULES = {"marshal", "shelve", "dill", "cloudpickle", "jsonpickle", "yaml"}
# Every dynamic import, with why its name cannot come from a file.
_DYNAMIC_IMPORTS: dict[tuple[str, str], str] = {}
# pickle is imported once, to test that a policy sheet can be sent to worker processes.
_PICKLE_USERS = {"audit/batch.py": {"dumps"}}


def _violations(source: str, relative: str) -> Iterator[str]:
    """Every forbidden construct in one module's source (``relative`` names it)."""
    tree = ast.parse(source)
    pickle_uses: set[str] = set()
    for node in ast.walk(tree):
        where = f"{relative}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            for name in names:
                top = name.split(".")[0]
                if top in _FORBIDDEN_MODULES:
                    yield f"{where}: imports {name}"
                if top == "pickle" and relative not in _PICKLE_USERS:
                    yield f"{where}: imports pickle"
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id in _FORBIDDEN_CALLS:
            yield f"{where}: calls {func.id}()"
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            owner, attr = func.value.id, func.attr
            if (owner, attr) in _FORBIDDEN_ATTRS:
                yield f"{where}: calls {owner}.{attr}()"
            if owner == "pickle":
                pickle_uses.add(attr)
            if owner == "os" and attr.startswith(("exec", "spawn", "posix_spawn")):
                yield f"{where}: calls os.{attr}()"
            if owner == "importlib" and attr == "import_module":
                argument = ast.unparse(node.args[0]) if node.args else ""
                if (relative, argument.replace('"', "'")) not in _DYNAMIC_IMPORTS:
                    yield f"{where}: imports a module by a computed name ({argument})"
        for keyword in node.keywords:
            if keyword.arg == "shell" and not (isinstance(keyword.value, ast.Constant) and keyword.value.value is False):
                yield f"{where}: shell={ast.unparse(keyword.value)}"
            if (
                keyword.arg == "typ"
                and isinstance(func, ast.Name)
                and func.id == "YAML"
                and not (isinstance(keyword.value, ast.Constant) and keyword.value.value in ("rt", "safe"))
            ):
                yield f"{where}: YAML(typ={ast.unparse(keyword.value)}) can build Python objects"
        if isinstance(func, ast.Name) and func.id == "YAML" and not any(k.arg == "typ" for k in node.keywords):
            yield f"{where}: YAML() without typ='rt' or 'safe'"
    extra = pickle_uses - _PICKLE_USERS.get(relative, set())
    if extra:
        yield f"{relative}: uses pickle.{', pickle.'.join(sorted(extra))}"


def _package_sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_package_source_runs_nothing_from_input() -> None:
    found = []
    for path in _package_sources():
        relative = path.relative_to(PACKAGE).as_posix()
        found.extend(_violations(path.read_text(encoding="utf-8"), relative))
    assert not found, "\n".join(found)
    assert len(_package_sources()) > 50


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ("import pickle\npickle.loads(data)", "imports pickle"),
        ("eval(text)", "calls eval()"),
        ("exec(code)", "calls exec()"),
        ("__import__(name)", "calls __import__()"),
        ("import os\nos.system(cmd)", "calls os.system()"),
        ("import subprocess\nsubprocess.run(cmd, shell=True)", "shell=True"),
        ("from ruamel.yaml import YAML\nYAML(typ='unsafe')", "can build Python objects"),
        ("import yaml\nyaml.load(text)", "imports yaml"),
        ("import importlib\nimportlib.import_module(user_value)", "computed name"),
        ("import os\nos.execv(a, b)", "calls os.execv()"),
    ],
)
def test_the_scan_finds_each_forbidden_construct(snippet: str, expected: str) -> None:
    assert any(expected in v for v in _violations(snippet, "somewhere.py")), list(_violations(snippet, "x.py"))


def test_lxml_html_parser_is_created_without_network(monkeypatch: pytest.MonkeyPatch) -> None:
    from cx_trainer.documents import html_loader

    made: list[dict[str, Any]] = []
    real = html_loader.etree.HTMLParser

    def spy(*args: Any, **kwargs: Any) -> Any:
        made.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(html_loader.etree, "HTMLParser", spy)
    html_loader.html_to_text("<p>Hello</p>")
    assert made and all(k.get("no_network") is True for k in made), made
    assert all(k.get("huge_tree") is False for k in made), made


# -- auditing hostile documents under an audit hook ----------------------------------------------

REMOTE = "http://127.0.0.1:9"


def _hostile_html(secret: Path) -> str:
    return textwrap.dedent(
        f"""\
        <!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}"><!ENTITY net SYSTEM "{REMOTE}/entity">]>
        <html><head>
        <base href="{REMOTE}/">
        <meta http-equiv="refresh" content="0; url={REMOTE}/refresh">
        <link rel="stylesheet" href="{REMOTE}/style.css">
        <link rel="preload" href="{REMOTE}/font.woff2" as="font">
        <style>@import url("{REMOTE}/import.css"); body {{ background: url({REMOTE}/bg.png); }}</style>
        <script src="{REMOTE}/app.js"></script>
        <script>fetch("{REMOTE}/beacon"); document.write("<img src={REMOTE}/w.png>");</script>
        </head><body>
        <h1>Returns &xxe; &net;</h1>
        <p>You may return items within 30 days. Refunds are guaranteed.</p>
        <img src="{REMOTE}/logo.png" srcset="{REMOTE}/logo2.png 2x" alt="Our logo">
        <iframe src="{REMOTE}/frame"></iframe>
        <object data="{REMOTE}/object.swf"></object><embed src="{REMOTE}/embed.swf">
        <video src="{REMOTE}/v.mp4" poster="{REMOTE}/poster.png"></video>
        <svg><image href="{REMOTE}/svg.png"/></svg>
        <form action="{REMOTE}/form"><input type="image" src="{REMOTE}/button.png"></form>
        <a href="{REMOTE}/link">Read more</a>
        </body></html>
        """
    )


def _hostile_email(secret: Path) -> bytes:
    """An HTML-only email (so the HTML is what is read) with an external-body part."""
    html = _hostile_html(secret).replace("\n", "\r\n")
    return (
        "From: Care <care@example.com>\r\nTo: jane@example.org\r\nSubject: Your return\r\n"
        "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"OUTER\"\r\n\r\n"
        "--OUTER\r\nContent-Type: text/html; charset=utf-8\r\n"
        f"Content-Location: {REMOTE}/mail.html\r\n\r\n{html}\r\n"
        "--OUTER\r\nContent-Type: message/external-body; access-type=URL; "
        f"URL=\"{REMOTE}/body\"\r\n\r\nContent-Type: text/plain\r\n\r\n"
        "--OUTER--\r\n"
    ).encode()


def _hostile_docx(secret: Path) -> bytes:
    from tests.fixtures.make_documents import make_good

    with tempfile.TemporaryDirectory() as folder:
        seed = make_good(Path(folder))["letter.docx"].read_bytes()
    source = zipfile.ZipFile(io.BytesIO(seed))
    out = io.BytesIO()
    external = (
        f'<Relationship Id="rIdRemoteImage" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'relationships/image" Target="{REMOTE}/image.png" TargetMode="External"/>'
        f'<Relationship Id="rIdRemoteLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'relationships/hyperlink" Target="{REMOTE}/link" TargetMode="External"/>'
        f'<Relationship Id="rIdLocal" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'relationships/oleObject" Target="file://{secret}" TargetMode="External"/>'
    )
    template = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rIdTemplate" Type="http://'
        "schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate\" "
        f'Target="{REMOTE}/template.dotm" TargetMode="External"/></Relationships>'
    )
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", external.encode() + b"</Relationships>")
            elif info.filename == "word/document.xml":
                field = (
                    f'<w:p><w:fldSimple w:instr=\' INCLUDEPICTURE "{REMOTE}/field.png" \\d \'>'
                    f"<w:r><w:t>Picture</w:t></w:r></w:fldSimple></w:p>"
                )
                data = data.replace(b"</w:body>", field.encode() + b"</w:body>", 1)
                data = data.replace(b"Thank you for shopping", b"Thank you &xxe; for shopping", 1)
                head, rest = data.split(b"?>", 1)
                data = head + f'?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret}">]>'.encode() + rest
            package.writestr(info.filename, data)
        package.writestr("word/_rels/settings.xml.rels", template)
    return out.getvalue()


def _hostile_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 10, "You may return items within 30 days.", new_x="LMARGIN", new_y="NEXT", link=f"{REMOTE}/pdf-link")
    pdf.cell(0, 10, "Refunds are guaranteed.", new_x="LMARGIN", new_y="NEXT")
    data = bytes(pdf.output())
    # An action that would launch a program, and one that would open a remote file, as a viewer
    # might on opening: both must stay inert data.
    launch = b"/OpenAction << /S /Launch /F (calc.exe) >> /AA << /O << /S /URI /URI (" + REMOTE.encode() + b"/open) >> >>"
    return data.replace(b"/Type /Catalog", b"/Type /Catalog " + launch, 1)


_HOOKED = textwrap.dedent(
    r"""
    import json, os, runpy, sys
    events = []
    SECRET = os.environ["CX_SECRET"]
    WATCH = ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr",
             "socket.sendto", "socket.sendmsg", "urllib.Request", "http.client.connect",
             "subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn",
             "os.startfile", "webbrowser.open", "ftplib.connect", "smtplib.connect")

    def hook(event, args):
        if event in WATCH:
            events.append([event, repr(args)[:200]])
            raise RuntimeError(f"blocked by the test: {event}")
        if event == "open" and args and isinstance(args[0], (str, bytes)) and SECRET in str(args[0]):
            events.append([event, repr(args)[:200]])
            raise RuntimeError("blocked by the test: opening the secret file")

    sys.addaudithook(hook)
    # PROBE
    codes = []
    for argv in json.loads(sys.argv[1]):
        sys.argv = ["cx-trainer", *argv]
        try:
            runpy.run_module("cx_trainer", run_name="__main__", alter_sys=True)
        except SystemExit as exc:
            codes.append(exc.code)
    print("\n@@" + json.dumps({"events": events, "codes": codes}))
    """
)


def test_auditing_hostile_documents_fetches_and_runs_nothing(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:SECRET-CONTENT\n", encoding="utf-8")
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "page.html").write_text(_hostile_html(secret), encoding="utf-8")
    (folder / "mail.eml").write_bytes(_hostile_email(secret))
    (folder / "letter.docx").write_bytes(_hostile_docx(secret))
    (folder / "flyer.pdf").write_bytes(_hostile_pdf())
    policy = tmp_path / "policy.yml"
    policy.write_text(
        "organization: !!python/object/apply:os.system ['echo PWNED']\nlanguage: en\n"
        "returns: {window: !!python/name:os.system 30 days}\n",
        encoding="utf-8",
    )
    report = tmp_path / "report.json"
    commands = [
        ["audit", str(folder), "--format", "json", "-o", str(report), "--fail-on", "never", "--lang", "en"],
        ["claims", str(folder), "--format", "json", "--lang", "en"],
        ["policy", "check", str(policy)],
    ]
    env = dict(os.environ, CX_SECRET=str(secret), CX_TRAINER_DATA=str(tmp_path / "data"), PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", _HOOKED, json.dumps(commands)],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.rsplit("\n@@", 1)[1])
    assert result["events"] == [], result["events"]
    audit_code, claims_code, policy_code = result["codes"]
    assert audit_code == 0 and claims_code == 0, done.stderr
    assert policy_code == 2 and "PWNED" not in done.stdout + done.stderr
    # The documents were read: each is in the report with the over-promise of its visible text.
    names = ["flyer.pdf", "letter.docx", "mail.eml", "page.html"]
    documents = json.loads(report.read_text(encoding="utf-8"))["documents"]
    assert sorted(Path(d["path"]).name for d in documents) == names
    for d in documents:
        assert any(f["match"].lower() == "guaranteed" for f in d["findings"]), d["path"]
    assert "SECRET-CONTENT" not in report.read_text(encoding="utf-8")
    claims = json.loads(done.stdout.rsplit("\n@@", 1)[0])
    assert sorted(Path(d["path"]).name for d in claims["documents"]) == names


def test_the_hook_would_see_a_connection(tmp_path: Path) -> None:
    """The audit hook records and blocks what it watches (so the test above can fail)."""
    probe = textwrap.indent(
        textwrap.dedent(
            """\
            import socket, subprocess
            for act in (lambda: socket.socket().connect(("127.0.0.1", 9)),
                        lambda: socket.getaddrinfo("example.com", 80),
                        lambda: subprocess.run(["true"]),
                        lambda: open(SECRET).read()):
                try:
                    act()
                except Exception:
                    pass
            """
        ),
        "",
    )
    script = _HOOKED.replace("# PROBE\n", probe)
    secret = tmp_path / "secret.txt"
    secret.write_text("x", encoding="utf-8")
    env = dict(os.environ, CX_SECRET=str(secret), PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", script, "[]"], capture_output=True, text=True, env=env, timeout=60)
    events = [e[0] for e in json.loads(done.stdout.rsplit("\n@@", 1)[1])["events"]]
    assert events == ["socket.connect", "socket.getaddrinfo", "subprocess.Popen", "open"], events
