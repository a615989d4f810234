"""Content hashes used for caches and provenance markers."""

import hashlib
from pathlib import Path


def content_hash(data: bytes) -> str:
    """A full hash of bytes, for cache keys."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def short_hash(text: str) -> str:
    """An 8-hex-digit hash of text, short enough for a provenance marker."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=4).hexdigest()


def code_fingerprint(*places: Path) -> str:
    """A hash of the Python sources in ``places`` (files or folders): caches keyed by
    it are never reused by a different version of the code that filled them."""
    files = sorted(f for place in places for f in ([place] if place.is_file() else place.rglob("*.py")))
    return content_hash(b"".join(f.read_bytes() for f in files))
