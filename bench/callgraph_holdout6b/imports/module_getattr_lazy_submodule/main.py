import plugins

md = plugins.markdown
print(md.render("hi"))
print(plugins.csv([[1, 2], [3, 4]]))
print(plugins.available(), hasattr(plugins, "pdf"))
