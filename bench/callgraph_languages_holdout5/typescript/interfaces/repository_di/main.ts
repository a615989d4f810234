import { HttpRepo, MemoryRepo } from "./repo";
import { UserService } from "./service";

new UserService(new MemoryRepo()).rename(1, "ann");
const remote = new UserService(new HttpRepo("https://api"));
remote.rename(2, "bob");
