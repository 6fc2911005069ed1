#pragma once

#include "TelnyxSession.h"

#include <functional>

namespace ringback::telnyx {

// Checks the API key and that the business number is a messaging number on
// the account (GET /v2/phone_numbers/messaging?filter[phone_number]=…), and,
// when a messaging profile is set, that the number is on it. `done` is called
// once, with the HTTP answer for the caller's
// own classification (start-up uses it for the connection state).
void checkAccount(Session &session,
                  std::function<void(const ConnectionCheck &, const net::HttpResponse &)> done);

// The settings dialog's "Test connection".
void testConnection(Session &session, std::function<void(const ConnectionCheck &)> done);

} // namespace ringback::telnyx
