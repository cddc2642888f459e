"""The database under stress: two writers at once, and a process killed in the middle of saving."""

import os
import signal
import subprocess
import sys
import threading

from desktop.paths import ROOT
from desktop.store import add_note, list_notes, make_anchor, open_database, save_document, update_note

TEXT = "A short article about the harbour, the pier and the council's budget for repairs. " * 20
NOTES_PER_WRITER = 150


def test_two_connections_writing_at_once_lose_nothing(tmp_path):
    path = tmp_path / "notes.db"
    document = save_document(open_database(path), "Shared", TEXT)
    errors: list[BaseException] = []

    def writer(label: str) -> None:
        connection = open_database(path)  # as a second window or a second app instance would
        try:
            for i in range(NOTES_PER_WRITER):
                note = add_note(connection, document.id, make_anchor(TEXT, i, i + 10), f"{label} {i}")
                update_note(connection, note.id, f"{label} {i} edited", tags=[label])
        except BaseException as error:  # noqa: BLE001 (reported by the main thread)
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=writer, args=(label,)) for label in ("left", "right")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    connection = open_database(path)
    bodies = sorted(n.body for n in list_notes(connection, document.id))
    expected = sorted(f"{label} {i} edited" for label in ("left", "right") for i in range(NOTES_PER_WRITER))
    assert bodies == expected
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


CHILD = """
import sys
from desktop.store import add_note, make_anchor, open_database, save_document
connection = open_database(sys.argv[1])
text = "Notes saved in a burst, one transaction each. " * 40
document = save_document(connection, "Burst", text)
i = 0
while True:
    note = add_note(connection, document.id, make_anchor(text, i % 100, i % 100 + 20), "note %d" % i)
    print(note.id, flush=True)
    i += 1
"""


def test_notes_whose_save_returned_survive_sigkill_mid_burst(tmp_path):
    path = tmp_path / "notes.db"
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    saved: list[int] = []
    try:
        while len(saved) < 300:
            line = child.stdout.readline()
            assert line, "the child stopped before the burst was under way"
            saved.append(int(line))
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
        saved += [int(line) for line in child.stdout.read().split()]  # printed before the kill landed
    finally:
        if child.poll() is None:
            child.kill()
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    connection = open_database(path)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    present = {row[0] for row in connection.execute("SELECT id FROM notes")}
    assert set(saved) <= present
