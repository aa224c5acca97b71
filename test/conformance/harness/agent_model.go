package harness

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
)

// FakeModel is a local OpenAI-compatible chat-completions endpoint with deterministic
// replies (the same rules as examples/agent-python/tests/fake_openai.py), chosen by the
// last user message:
//
//   - "please fail": HTTP 400 {"error":{"message":"the fake model refuses"}}
//   - "flaky": HTTP 503 the first time that message is seen, then as below
//   - "use the tool": a tool call of the offered tool named *lookup_fact with
//     {"topic": <the word after "about">}; once the last message is the tool's result,
//     "Tool result: <result>"
//   - anything else: "[<model>] saw <n> messages: <role>: <content> | …"
//
// Every request is recorded.
type FakeModel struct {
	*httptest.Server

	mu       sync.Mutex
	requests []ChatRequest
	seen     map[string]bool
}

// ChatRequest is one recorded chat-completions request.
type ChatRequest struct {
	Model         string        `json:"model"`
	Messages      []ChatMessage `json:"messages"`
	Tools         []ChatTool    `json:"tools"`
	ToolChoice    any           `json:"tool_choice"`
	Authorization string        `json:"-"`
}

// ChatMessage is a message of a request (content flattened to text).
type ChatMessage struct {
	Role       string         `json:"role"`
	Content    *string        `json:"content"`
	ToolCalls  []ChatToolCall `json:"tool_calls,omitempty"`
	ToolCallID string         `json:"tool_call_id,omitempty"`
}

// Text is the message's content ("" for null).
func (m ChatMessage) Text() string {
	if m.Content == nil {
		return ""
	}
	return *m.Content
}

type ChatTool struct {
	Type     string `json:"type"`
	Function struct {
		Name        string         `json:"name"`
		Description string         `json:"description"`
		Parameters  map[string]any `json:"parameters"`
	} `json:"function"`
}

type ChatToolCall struct {
	ID       string `json:"id"`
	Type     string `json:"type"`
	Function struct {
		Name      string `json:"name"`
		Arguments string `json:"arguments"`
	} `json:"function"`
}

// NewFakeModel starts the endpoint; Close it when done.
func NewFakeModel() *FakeModel {
	f := &FakeModel{seen: map[string]bool{}}
	f.Server = httptest.NewServer(http.HandlerFunc(f.serve))
	return f
}

// BaseURL is what a profile's base URL setting takes (<server>/v1).
func (f *FakeModel) BaseURL() string { return f.URL + "/v1" }

// Requests returns the recorded requests in arrival order.
func (f *FakeModel) Requests() []ChatRequest {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]ChatRequest(nil), f.requests...)
}

var aboutWord = regexp.MustCompile(`about (\w+)`)

func (f *FakeModel) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	var req ChatRequest
	if err := json.Unmarshal(body, &req); err != nil || r.Method != http.MethodPost || r.URL.Path != "/v1/chat/completions" {
		writeJSON(w, http.StatusBadRequest, map[string]any{"error": map[string]any{"message": fmt.Sprintf("bad request %s %s: %v", r.Method, r.URL.Path, err)}})
		return
	}
	req.Authorization = r.Header.Get("Authorization")
	f.mu.Lock()
	f.requests = append(f.requests, req)
	f.mu.Unlock()

	lastUser := ""
	for _, m := range req.Messages {
		if m.Role == "user" {
			lastUser = m.Text()
		}
	}
	switch {
	case strings.Contains(lastUser, "please fail"):
		writeJSON(w, http.StatusBadRequest, map[string]any{"error": map[string]any{"message": "the fake model refuses", "type": "invalid_request_error"}})
		return
	case strings.Contains(lastUser, "flaky"):
		f.mu.Lock()
		first := !f.seen[lastUser]
		f.seen[lastUser] = true
		f.mu.Unlock()
		if first {
			writeJSON(w, http.StatusServiceUnavailable, map[string]any{"error": map[string]any{"message": "overloaded, try again"}})
			return
		}
	case strings.Contains(lastUser, "use the tool"):
		if n := len(req.Messages); n > 0 && req.Messages[n-1].Role == "tool" {
			writeJSON(w, http.StatusOK, completion(req.Model, "Tool result: "+req.Messages[n-1].Text(), nil))
			return
		}
		for _, t := range req.Tools {
			if strings.HasSuffix(t.Function.Name, "lookup_fact") && req.ToolChoice != "none" {
				topic := "bridge"
				if m := aboutWord.FindStringSubmatch(lastUser); m != nil {
					topic = m[1]
				}
				args, _ := json.Marshal(map[string]string{"topic": topic})
				call := map[string]any{"id": fmt.Sprintf("call_%d", len(req.Messages)), "type": "function",
					"function": map[string]any{"name": t.Function.Name, "arguments": string(args)}}
				writeJSON(w, http.StatusOK, completion(req.Model, "", []any{call}))
				return
			}
		}
	}
	parts := make([]string, len(req.Messages))
	for i, m := range req.Messages {
		parts[i] = m.Role + ": " + m.Text()
	}
	writeJSON(w, http.StatusOK, completion(req.Model, fmt.Sprintf("[%s] saw %d messages: %s", req.Model, len(req.Messages), strings.Join(parts, " | ")), nil))
}

func completion(model, content string, toolCalls []any) map[string]any {
	msg := map[string]any{"role": "assistant", "content": content}
	finish := "stop"
	if len(toolCalls) > 0 {
		msg["content"] = nil
		msg["tool_calls"] = toolCalls
		finish = "tool_calls"
	}
	return map[string]any{
		"id": "chatcmpl-fake", "object": "chat.completion", "model": model,
		"choices": []any{map[string]any{"index": 0, "message": msg, "finish_reason": finish}},
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, _ := json.Marshal(v)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(b)
}
