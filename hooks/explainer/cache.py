"""A persistent, content-addressed cache: what one build computed, reused by the next.

Reads and writes: files under one folder (default `.cache/explainer/` in the project,
gitignored; set `extra.explainer.cache` in mkdocs.yml, EXPLAINER_CACHE, or the CLI's
`--cache DIR` / `--no-cache`). Deleting the folder at any time only costs a slower build.
Produces: on a hit, exactly the value the miss computed and stored.
Layout: `<root>/<version>/<kind>/<key[:2]>/<key>`. The key is a hash of everything the value
was computed from; `version` is a hash of every file of this package (rules, templates, data)
and the Python version, so any code change, a rule merged from another branch included, starts
an empty folder, and older version folders are deleted.
Limits: an entry is a header, the SHA-256 of its payload, and the payload (a pickle of kind, key
and value). A read checks all three before the value is used, so a truncated, corrupt, stale or
misplaced entry is a miss (and is deleted), never served. The checksum detects damage, not
tampering: whoever can write this folder can also edit hooks/. Writes go to a temporary file
renamed into place, so a reader never sees half an entry; a failed write is only a lost entry.
The version is taken when this module is first imported: `mkdocs serve` never re-imports the
code, so a rule edited during a serve session (which still runs the old code) is not stored
under the new code's version.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
DEFAULT_DIR = Path(".cache") / "explainer"
ENV = "EXPLAINER_CACHE"
_OFF = {"", "0", "off", "false", "no", "none"}
_MAGIC = b"explainer-cache 1\n"
_SUM = 32  # bytes of a SHA-256 digest


def _code_version() -> str:
    h = hashlib.sha256(sys.version.encode())
    for path in sorted(PACKAGE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            h.update(str(path.relative_to(PACKAGE)).encode() + b"\0")
            h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()[:20]


VERSION = _code_version()


def digest(*parts: object) -> str:
    """A key from plain values (str, int, tuples, frozen dataclasses): their repr is exact."""
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def resolve(option: object = None, base: Path | None = None, cli: object = None) -> Path | None:
    """Where the cache lives, or None when it is off. First given wins: `cli` (a path, or
    False for --no-cache), the EXPLAINER_CACHE variable, `option` (mkdocs.yml; false turns it
    off), else .cache/explainer/. A relative path is taken from `base` (the project folder)."""
    for value in (cli, os.environ.get(ENV), option):
        if value is None:
            continue
        if value is False or str(value).strip().lower() in _OFF:
            return None
        path = Path(str(value)).expanduser()
        break
    else:
        path = DEFAULT_DIR
    return path if path.is_absolute() or base is None else Path(base) / path


class Store:
    """The cache folder. `Store(None)` is a cache that is off: every get misses, puts vanish."""

    def __init__(self, root: Path | None, version: str = VERSION):
        self.root = Path(root) if root is not None else None
        self.version = version
        self.stats: Counter[str] = Counter()  # hit, miss, bad, put, lost
        self._pruned = False

    @property
    def enabled(self) -> bool:
        return self.root is not None

    def _path(self, kind: str, key: str) -> Path:
        assert self.root is not None
        return self.root / self.version / kind / key[:2] / key[2:]

    def get(self, kind: str, key: str, default: object = None) -> object:
        if self.root is None:
            return default
        path = self._path(kind, key)
        try:
            data = path.read_bytes()
        except OSError:
            self.stats["miss"] += 1
            return default
        head = len(_MAGIC) + _SUM
        payload = data[head:]
        ok = data[: len(_MAGIC)] == _MAGIC and data[len(_MAGIC) : head] == _sha(payload)
        if ok:
            try:
                got_kind, got_key, value = pickle.loads(payload)
                ok = (got_kind, got_key) == (kind, key)
            except Exception:  # a payload that passed the checksum but will not load
                ok = False
        if not ok:
            self.stats["bad"] += 1
            _unlink(path)
            return default
        self.stats["hit"] += 1
        return value

    def put(self, kind: str, key: str, value: object) -> None:
        if self.root is None:
            return
        path = self._path(kind, key)
        payload = pickle.dumps((kind, key, value), protocol=pickle.HIGHEST_PROTOCOL)
        try:
            self._prune_versions()
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(_MAGIC + _sha(payload) + payload)
                os.replace(tmp, path)
            except BaseException:
                _unlink(Path(tmp))
                raise
        except OSError:  # read-only or full disk: the build goes on without this entry
            self.stats["lost"] += 1
            return
        self.stats["put"] += 1

    def touch(self, kind: str, key: str) -> None:
        if self.root is not None:
            try:
                os.utime(self._path(kind, key))
            except OSError:
                pass

    def keep_newest(self, kind: str, keep: int) -> None:
        """Delete all but the `keep` newest entries of a kind (whole-site entries are large)."""
        if self.root is None:
            return
        entries = []
        for path in (self.root / self.version / kind).glob("*/*"):
            try:
                entries.append((path.stat().st_mtime_ns, path))
            except OSError:
                continue
        for _, path in sorted(entries, reverse=True)[keep:]:
            _unlink(path)

    def size(self) -> int:
        """Bytes held by the current version."""
        if self.root is None:
            return 0
        total = 0
        for path in (self.root / self.version).rglob("*"):
            try:
                total += path.stat().st_size if path.is_file() else 0
            except OSError:
                continue
        return total

    def _prune_versions(self) -> None:
        if self._pruned or self.root is None:
            return
        self._pruned = True
        try:
            old = [p for p in self.root.iterdir() if p.is_dir() and p.name != self.version]
        except OSError:
            return
        for path in old:  # written by other code: never a hit again
            shutil.rmtree(path, ignore_errors=True)


OFF = Store(None)


def _sha(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
