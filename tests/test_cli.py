"""The command line: files, JSON Lines, bad input, plugins, schema."""

from __future__ import annotations

import io
import json
import subprocess
import sys

from copydesk.cli import main


def run(args, monkeypatch, capsysbinary, stdin=b""):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    status = main(args)
    out, err = capsysbinary.readouterr()
    return status, out.decode("utf-8"), err.decode("utf-8")


def test_parse_a_file_gives_pretty_json(tmp_path, monkeypatch, capsysbinary):
    path = tmp_path / "a.txt"
    path.write_text("date 2025-12-07\n\nTEHRAN – Talks began.", encoding="utf-8")
    status, out, err = run(["parse", str(path)], monkeypatch, capsysbinary)
    assert status == 0 and err == ""
    data = json.loads(out)
    assert data["id"] == str(path)
    assert data["published"] == "2025-12-07"
    assert data["dateline"]["location"] == "TEHRAN"
    assert out.startswith("{\n  ")


def test_jsonl_keeps_order_and_reports_bad_lines(monkeypatch, capsysbinary):
    lines = [
        json.dumps({"id": "one", "text": "First.", "published": "2025-01-01"}),
        "{not json",
        json.dumps({"id": "no-text"}),
        json.dumps([1, 2]),
        json.dumps({"id": "bad-date", "text": "x", "published": "soon"}),
        "",
        json.dumps({"id": 7, "text": "Last."}),
    ]
    stdin = ("\n".join(lines) + "\n").encode("utf-8") + b'{"id": "bytes", "text": "\xff"}\n'
    status, out, err = run(["parse", "--jsonl"], monkeypatch, capsysbinary, stdin)
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in records] == [
        "one",
        "line 2",
        "no-text",
        "line 4",
        "bad-date",
        "7",
        "line 8",
    ]
    assert [("error" in r) for r in records] == [False, True, True, True, True, False, True]
    assert records[0]["published"] == "2025-01-01"
    assert "not JSON" in records[1]["error"]
    assert "no text" in records[2]["error"]
    assert "ISO 8601" in records[4]["error"]
    assert "not UTF-8" in records[6]["error"]
    assert status == 1
    assert len(err.strip().splitlines()) == 5


def test_jsonl_published_option_fills_records_without_one(monkeypatch, capsysbinary):
    stdin = json.dumps({"id": "a", "text": "x"}).encode() + b"\n"
    status, out, _ = run(
        ["parse", "--jsonl", "--published", "2024-02-03"], monkeypatch, capsysbinary, stdin
    )
    assert status == 0
    assert json.loads(out)["published"] == "2024-02-03"


def test_bad_files_are_reported_and_the_rest_parsed(tmp_path, monkeypatch, capsysbinary):
    good = tmp_path / "good.txt"
    good.write_text("Fine text.", encoding="utf-8")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9".encode("latin-1"))
    missing = tmp_path / "missing.txt"
    args = ["parse", "--compact", str(latin), str(tmp_path), str(missing), str(good)]
    status, out, err = run(args, monkeypatch, capsysbinary)
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in records] == [str(latin), str(tmp_path), str(missing), str(good)]
    assert "not UTF-8" in records[0]["error"]
    assert "directory" in records[1]["error"]
    assert "no such file" in records[2]["error"]
    assert records[3]["text"] == "Fine text."
    assert status == 1
    assert len(err.strip().splitlines()) == 3


def test_parse_without_files_is_a_usage_error(monkeypatch, capsysbinary):
    status, _, err = run(["parse"], monkeypatch, capsysbinary)
    assert status == 2
    assert "name the article files" in err


def test_bad_published_option_is_a_usage_error(monkeypatch, capsysbinary):
    status, _, err = run(["parse", "--jsonl", "--published", "tomorrow"], monkeypatch, capsysbinary)
    assert status == 2
    assert "ISO 8601" in err


def test_plugins_lists_builtins_with_their_hooks(monkeypatch, capsysbinary):
    status, out, _ = run(["plugins"], monkeypatch, capsysbinary)
    assert status == 0
    assert "copydesk.dates  (built-in)" in out
    assert "    copydesk_find_dates" in out
    status, out, _ = run(["plugins", "--json"], monkeypatch, capsysbinary)
    names = {p["name"]: p for p in json.loads(out)}
    assert names["copydesk.quotes"]["hooks"] == ["copydesk_find_quotes"]
    assert names["copydesk.quotes"]["builtin"] is True


def test_plugins_can_be_disabled(monkeypatch, capsysbinary):
    _, out, _ = run(["plugins", "--json", "--disable", "copydesk.dates"], monkeypatch, capsysbinary)
    assert "copydesk.dates" not in {p["name"] for p in json.loads(out)}


def test_schema_command_prints_json_schema(monkeypatch, capsysbinary):
    status, out, _ = run(["schema"], monkeypatch, capsysbinary)
    assert status == 0
    assert json.loads(out)["title"] == "copydesk Article"


def test_lone_surrogates_still_give_valid_json(monkeypatch, capsysbinary):
    stdin = json.dumps({"id": "s", "text": "bad \ud800 char"}).encode() + b"\n"
    status, out, _ = run(["parse", "--jsonl"], monkeypatch, capsysbinary, stdin)
    assert status == 0
    assert json.loads(out)["text"] == "bad \ud800 char"


def test_console_script_runs_end_to_end(tmp_path):
    records = tmp_path / "in.jsonl"
    records.write_text(json.dumps({"id": "x", "text": '"Hi," she said.'}) + "\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "copydesk.cli", "parse", "--jsonl", str(records)],
        capture_output=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["id"] == "x"


class FakeTerminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_shows_on_a_terminal_and_not_when_piped():
    from copydesk.cli import _Progress

    terminal = FakeTerminal()
    progress = _Progress(terminal, every=0.0)
    progress.tick(True)
    progress.tick(False)
    progress.close()
    assert "2 records, 1 failed" in terminal.getvalue()
    piped = io.StringIO()
    quiet = _Progress(piped, every=0.0)
    quiet.tick(True)
    quiet.close()
    assert piped.getvalue() == ""


def test_jsonl_with_worker_processes_keeps_order(monkeypatch, capsysbinary):
    lines = [json.dumps({"id": str(i), "text": f'"Line {i}," she said.'}) for i in range(12)]
    lines.insert(5, "broken")
    stdin = ("\n".join(lines) + "\n").encode()
    status, out, _ = run(["parse", "--jsonl", "--processes", "2"], monkeypatch, capsysbinary, stdin)
    ids = [json.loads(line)["id"] for line in out.splitlines()]
    assert ids == ["0", "1", "2", "3", "4", "line 6", *[str(i) for i in range(5, 12)]]
    assert status == 1


def test_ctrl_c_keeps_every_finished_record(tmp_path):
    import signal

    proc = subprocess.Popen(
        [sys.executable, "-m", "copydesk.cli", "parse", "--jsonl"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    for i in range(3):
        proc.stdin.write(
            json.dumps({"id": str(i), "text": f'"Fine {i}," he said.'}).encode() + b"\n"
        )
    proc.stdin.flush()
    finished = [json.loads(proc.stdout.readline()) for _ in range(3)]
    proc.send_signal(signal.SIGINT)
    # Wait for the exit with stdin still open: closing it first (as communicate
    # does) races the signal with an end of input, a clean exit of its own.
    proc.wait(timeout=60)
    out, err = proc.communicate(timeout=60)
    assert [r["id"] for r in finished] == ["0", "1", "2"]
    assert out == b""
    assert proc.returncode == 130
    assert b"interrupted" in err
