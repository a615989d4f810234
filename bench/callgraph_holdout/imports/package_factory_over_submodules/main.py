import shapes

shapes.make("circle", 1).describe()
shapes.make("square", 2).describe()
