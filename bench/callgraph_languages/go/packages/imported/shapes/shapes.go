package shapes

type Box struct{ w int }

func New(w int) *Box { return &Box{w} }

func (b *Box) Area() int { return b.w * b.w }
