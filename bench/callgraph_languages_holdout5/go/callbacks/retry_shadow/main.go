package main

import "errors"

func fetch() error { return errors.New("down") }

func backoff(n int) {}

type Client struct{ url string }

func (c *Client) ping() error { return nil }

func retry(times int, op func() error, wait func(int)) error {
	var err error
	for i := 0; i < times; i++ {
		if err = op(); err == nil {
			return nil
		}
		wait(i)
	}
	return err
}

func log(msg string) {}

func main() {
	c := &Client{url: "http://x"}
	retry(3, fetch, backoff)
	retry(1, c.ping, backoff)
	log := func(msg string) { println(msg) }
	log("done")
}
