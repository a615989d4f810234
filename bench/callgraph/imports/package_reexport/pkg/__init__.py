from pkg.impl import action
