# mediakit, mediakit/audio and mediakit/video are namespace packages: no __init__.py.
import mediakit.audio.wav
from mediakit.audio.mp3 import Mp3
from mediakit.video import mkv

PROBES = {"wav": mediakit.audio.wav.probe, "mkv": mkv.probe}


def probe(name, data):
    ext = name.rsplit(".", 1)[1]
    if ext == "mp3":
        return {"kind": "mp3", "seconds": Mp3(data).seconds()}
    return PROBES[ext](data)


for name in ["a.mp3", "b.wav", "c.mkv"]:
    print(name, probe(name, b"ID3" + bytes(13)))
