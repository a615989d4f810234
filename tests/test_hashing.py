"""The hashes repoagent takes from CPython's own modules are hashlib's."""

import hashlib

from repoagent.hashing import blake2b, content_hash, sha1, short_hash


def test_the_hashes_are_hashlibs() -> None:
    for data in (b"", b"blob 3\0abc", bytes(range(256)) * 100):
        assert blake2b(data, digest_size=16).hexdigest() == hashlib.blake2b(data, digest_size=16).hexdigest()
        assert sha1(data).hexdigest() == hashlib.sha1(data).hexdigest()
        assert content_hash(data) == hashlib.blake2b(data, digest_size=16).hexdigest()
    assert short_hash("héllo \udc80") == hashlib.blake2b("héllo \udc80".encode("utf-8", "surrogatepass"), digest_size=4).hexdigest()
