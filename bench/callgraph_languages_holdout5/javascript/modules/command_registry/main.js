import { register, run as exec } from "./registry.js";
import * as cmds from "./commands/index.js";

register("greet", cmds.greet);
register("bye", cmds.farewell);
console.log(exec("greet", "ann"), exec("bye"), exec("nope"));
