import pkg.sub.leaf

pkg.sub.leaf.deep()
