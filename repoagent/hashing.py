"""Content hashes used for caches and provenance markers."""

import hashlib


def content_hash(data: bytes) -> str:
    """A full hash of bytes, for cache keys."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def short_hash(text: str) -> str:
    """An 8-hex-digit hash of text, short enough for a provenance marker."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=4).hexdigest()
