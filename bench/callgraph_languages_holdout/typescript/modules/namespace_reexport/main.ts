import * as shapes from "./shapes";
import { Box } from "./shapes";

const c = new shapes.Circle(2);
c.area();
const b: Box = new Box(1, 2);
b.area();
new shapes.Box(3, 4).area();
