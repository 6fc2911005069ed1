#pragma once

#include "RingCentralSession.h"

namespace ringback::ringcentral {

// The settings dialog's "Test connection": gets an access token with the JWT
// grant, then checks that the business number is one of the extension's
// numbers (GET /restapi/v1.0/account/~/extension/~/phone-number) and can
// send texts (feature SmsSender). Calls `done` once.
void testConnection(Session &session, std::function<void(const ConnectionCheck &)> done);

// Words for the office when a request of the test failed.
QString describeTestFailure(const net::HttpResponse &response);

// The business number among the extension's numbers: nothing when it is not
// there, else whether it can send texts.
std::optional<bool> numberCanText(const std::vector<PhoneNumberInfo> &numbers,
                                  const QString &number);

} // namespace ringback::ringcentral
