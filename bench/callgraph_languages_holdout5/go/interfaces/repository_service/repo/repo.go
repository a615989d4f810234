package repo

// UserRepo is what the service needs from a store.
type UserRepo interface {
	Find(id int) string
	Save(name string)
}

type MemRepo struct{ users map[int]string }

func NewMemRepo() *MemRepo { return &MemRepo{users: map[int]string{}} }

func (m *MemRepo) Find(id int) string { return m.users[id] }

func (m *MemRepo) Save(name string) { m.users[len(m.users)] = name }

type SQLRepo struct{ dsn string }

func (s *SQLRepo) Find(id int) string { return s.dsn }

func (s *SQLRepo) Save(name string) {}
