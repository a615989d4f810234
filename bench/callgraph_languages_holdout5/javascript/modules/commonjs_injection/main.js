const UserService = require("./service");
const { UserRepo } = require("./repo");
const { CachedRepo } = require("./cache");

const svc = new UserService(new CachedRepo(new UserRepo()));
svc.rename(1, "bob");
