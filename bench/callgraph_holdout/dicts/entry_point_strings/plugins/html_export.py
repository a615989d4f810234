class HtmlExporter:
    def __init__(self, rows):
        self.rows = rows
