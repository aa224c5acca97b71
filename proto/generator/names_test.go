package main

import "testing"

func TestSnake(t *testing.T) {
	cases := map[string]string{
		"CreateAt": "create_at", "UserId": "user_id", "ID": "id", "IPAddress": "ip_address",
		"APIMuxId": "api_mux_id", "teamID": "team_id", "userIDs": "user_ids", "URLs": "urls",
		"HTTPRequestSubset": "http_request_subset", "EnableSHA256": "enable_sha256",
		"OAuthAppID": "oauth_app_id", "userID1": "user_id1", "Saml2Id": "saml2_id",
		"IDsOnly": "ids_only", "webConnID": "web_conn_id", "c": "c",
	}
	for in, want := range cases {
		if got := snake(in); got != want {
			t.Errorf("snake(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPlural(t *testing.T) {
	cases := map[string]string{
		"post": "posts", "status": "statuses", "policy": "policies", "file_info": "file_infos",
		"file_data": "file_data", "sidebar_category_with_channels": "sidebar_category_with_channels_list",
		"key": "keys",
	}
	for in, want := range cases {
		if got := plural(in); got != want {
			t.Errorf("plural(%q) = %q, want %q", in, got, want)
		}
	}
}
