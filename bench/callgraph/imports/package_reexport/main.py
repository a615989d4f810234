import pkg

pkg.action()
