import { parseList, render } from "./lib/index.js";
import * as lib from "./lib/index.js";

const parts = parseList(" a,b ");
render(parts);
lib.escape("<x>");
