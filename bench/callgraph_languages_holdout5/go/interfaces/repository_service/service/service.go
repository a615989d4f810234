package service

import "example.com/p/repo"

type Service struct{ r repo.UserRepo }

func New(r repo.UserRepo) *Service { return &Service{r: r} }

func (s *Service) Rename(id int, name string) string {
	old := s.r.Find(id)
	s.r.Save(name)
	return old
}
