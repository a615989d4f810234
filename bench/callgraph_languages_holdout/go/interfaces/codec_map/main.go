package main

type Codec interface{ Encode(v string) []byte }

type JSON struct{}

func (JSON) Encode(v string) []byte { return []byte(v) }

type XML struct{ indent int }

func (x *XML) Encode(v string) []byte { return []byte("<" + v + ">") }

var codecs = map[string]Codec{
	"json": JSON{},
	"xml":  &XML{indent: 2},
}

func encode(format, v string) []byte {
	if c, ok := codecs[format]; ok {
		return c.Encode(v)
	}
	return nil
}

func main() {
	encode("json", "a")
}
