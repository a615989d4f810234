from shapes import Box

Box(2).volume()
