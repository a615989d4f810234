import shapes

shapes.make_square(2).area()
shapes.Circle(1).area()
