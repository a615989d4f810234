package com.acme;

import java.util.ArrayList;
import java.util.List;

public class Request {
    private final String url;
    private final String headers;

    private Request(String url, String headers) {
        this.url = url;
        this.headers = headers;
    }

    public static Builder builder() { return new Builder(); }

    public String send() { return Http.post(url, headers); }

    public static class Builder {
        private String url = "";
        private final List<String> parts = new ArrayList<>();

        public Builder url(String u) {
            this.url = u;
            return this;
        }

        public Builder header(String k, String v) { return append(k + ": " + v); }

        public Builder append(String line) {
            parts.add(line);
            return this;
        }

        public Request build() {
            StringBuilder sb = new StringBuilder();
            for (String p : parts) {
                sb.append(p).append("\n");
            }
            return new Request(url, sb.toString());
        }
    }
}
