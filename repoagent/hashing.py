"""Content hashes used for caches and provenance markers.

``blake2b`` and ``sha1`` come from CPython's own modules (``_blake2``, ``_sha1``),
not from :mod:`hashlib`: its import loads OpenSSL's library (4 ms of CPU in every
hook run, a run the stamp answers included), and ``hashlib.blake2b`` is
``_blake2.blake2b`` anyway; ``_sha1`` gives the same digests as OpenSSL's SHA-1. An
interpreter built without them falls back to :mod:`hashlib`.
"""

try:
    from _blake2 import blake2b
    from _sha1 import sha1
except ImportError:  # pragma: no cover - CPython builds them unless told not to
    from hashlib import blake2b, sha1

__all__ = ["blake2b", "content_hash", "sha1", "short_hash"]


def content_hash(data: bytes) -> str:
    """A full hash of bytes, for cache keys."""
    return blake2b(data, digest_size=16).hexdigest()


def short_hash(text: str) -> str:
    """An 8-hex-digit hash of text, short enough for a provenance marker."""
    return blake2b(text.encode("utf-8", "surrogatepass"), digest_size=4).hexdigest()
