import mediakit.audio.mp3 as mp3


def probe(data):
    track = mp3.Mp3(data[4:])
    return {"kind": "mkv", "audio_seconds": track.seconds()}
